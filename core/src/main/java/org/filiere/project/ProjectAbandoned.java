package org.filiere.project;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.filiere.kernel.DomainEvent;

/**
 * Event: a labelled project was abandoned.
 *
 * @param eventId    this occurrence
 * @param occurredAt when it happened
 * @param projectId  the project
 * @param on         the day it was abandoned
 * @param reason     why
 */
public record ProjectAbandoned(UUID eventId, Instant occurredAt, ProjectId projectId, LocalDate on, String reason)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return projectId.toString();
    }
}
