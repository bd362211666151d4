package org.filiere.speedmeeting;

import java.time.Instant;
import java.util.UUID;

import org.filiere.event.EventId;
import org.filiere.kernel.DomainEvent;

/**
 * Event: a meeting request or meeting was called off (taken back, cancelled, or one of them left).
 *
 * @param eventId      this occurrence
 * @param occurredAt   when it happened
 * @param event        the speed-meeting event
 * @param meeting      the request
 * @param from         who asked
 * @param to           whom
 * @param reason       why
 */
public record MeetingWithdrawn(UUID eventId, Instant occurredAt, EventId event, MeetingId meeting, ParticipantId from,
        ParticipantId to, String reason) implements DomainEvent {

    @Override
    public String aggregateId() {
        return event.toString();
    }
}
