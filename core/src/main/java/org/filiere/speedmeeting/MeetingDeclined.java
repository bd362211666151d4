package org.filiere.speedmeeting;

import java.time.Instant;
import java.util.UUID;

import org.filiere.event.EventId;
import org.filiere.kernel.DomainEvent;

/**
 * Event: the person asked declined a meeting.
 *
 * @param eventId      this occurrence
 * @param occurredAt   when it happened
 * @param event        the speed-meeting event
 * @param meeting      the request
 * @param from         who asked
 * @param to           who declined
 */
public record MeetingDeclined(UUID eventId, Instant occurredAt, EventId event, MeetingId meeting, ParticipantId from,
        ParticipantId to) implements DomainEvent {

    @Override
    public String aggregateId() {
        return event.toString();
    }
}
