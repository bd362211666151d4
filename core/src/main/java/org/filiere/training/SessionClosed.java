package org.filiere.training;

import java.time.Instant;

import java.util.UUID;

import org.filiere.kernel.DomainEvent;

/**
 * Event: a session was closed to registrations; it is kept, with its registrations.
 *
 * @param eventId    this occurrence
 * @param occurredAt when it happened
 * @param sessionId  the session
 * @param reason     why, as given
 */
public record SessionClosed(UUID eventId, Instant occurredAt, SessionId sessionId,
        String reason) implements DomainEvent {

    @Override
    public String aggregateId() {
        return sessionId.toString();
    }
}
