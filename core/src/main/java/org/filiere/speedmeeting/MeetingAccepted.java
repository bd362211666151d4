package org.filiere.speedmeeting;

import java.time.Instant;
import java.util.UUID;

import org.filiere.event.EventId;
import org.filiere.kernel.DomainEvent;

/**
 * Event: a meeting request was accepted (by the person asked, or by default in opt-out mode).
 *
 * @param eventId      this occurrence
 * @param occurredAt   when it happened
 * @param event        the speed-meeting event
 * @param meeting      the request
 * @param from         who asked
 * @param to           who accepted
 * @param byDefault    accepted by default, without an answer
 */
public record MeetingAccepted(UUID eventId, Instant occurredAt, EventId event, MeetingId meeting, ParticipantId from,
        ParticipantId to, boolean byDefault) implements DomainEvent {

    @Override
    public String aggregateId() {
        return event.toString();
    }
}
