package org.filiere.training;

import java.time.Instant;

import java.util.UUID;

import org.filiere.kernel.DomainEvent;

/**
 * Event: what a calendar shows of a session changed (time, venue, speakers, prices, course); its calendar sequence
 * went up.
 *
 * @param eventId    this occurrence
 * @param occurredAt when it happened
 * @param sessionId  the session
 * @param sequence   the new calendar sequence number
 */
public record SessionRevised(UUID eventId, Instant occurredAt, SessionId sessionId,
        int sequence) implements DomainEvent {

    @Override
    public String aggregateId() {
        return sessionId.toString();
    }
}
