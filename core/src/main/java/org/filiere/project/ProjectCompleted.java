package org.filiere.project;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.filiere.kernel.DomainEvent;

/**
 * Event: a labelled project was completed.
 *
 * @param eventId    this occurrence
 * @param occurredAt when it happened
 * @param projectId  the project
 * @param on         the day it was completed
 * @param outcome    what it achieved
 */
public record ProjectCompleted(UUID eventId, Instant occurredAt, ProjectId projectId, LocalDate on, String outcome)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return projectId.toString();
    }
}
