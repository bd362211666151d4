package org.filiere.project;

import java.time.Instant;
import java.util.UUID;

import org.filiere.kernel.DomainEvent;

/**
 * Event: a labelled project started its experimentation.
 *
 * @param eventId         this occurrence
 * @param occurredAt      when it happened
 * @param projectId       the project
 * @param experimentation where and when
 */
public record ExperimentationStarted(UUID eventId, Instant occurredAt, ProjectId projectId,
        Experimentation experimentation) implements DomainEvent {

    @Override
    public String aggregateId() {
        return projectId.toString();
    }
}
