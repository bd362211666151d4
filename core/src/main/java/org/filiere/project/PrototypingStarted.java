package org.filiere.project;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.filiere.kernel.DomainEvent;

/**
 * Event: a labelled project started building its prototype.
 *
 * @param eventId    this occurrence
 * @param occurredAt when it happened
 * @param projectId  the project
 * @param from       the first day of prototyping
 */
public record PrototypingStarted(UUID eventId, Instant occurredAt, ProjectId projectId, LocalDate from)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return projectId.toString();
    }
}
