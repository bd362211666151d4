package org.filiere.training;

import java.time.Instant;

import java.util.UUID;

import org.filiere.kernel.DomainEvent;

/**
 * Event: a session opened to registrations.
 *
 * @param eventId    this occurrence
 * @param occurredAt when it happened
 * @param sessionId  the session
 * @param schedule   when it takes place
 */
public record SessionOpened(UUID eventId, Instant occurredAt, SessionId sessionId,
        Schedule schedule) implements DomainEvent {

    @Override
    public String aggregateId() {
        return sessionId.toString();
    }
}
