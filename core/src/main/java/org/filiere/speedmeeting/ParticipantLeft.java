package org.filiere.speedmeeting;

import java.time.Instant;
import java.util.UUID;

import org.filiere.event.EventId;
import org.filiere.kernel.DomainEvent;

/**
 * Event: a participant left the speed-meeting.
 *
 * @param eventId      this occurrence
 * @param occurredAt   when it happened
 * @param event        the speed-meeting event
 * @param participant  who left
 */
public record ParticipantLeft(UUID eventId, Instant occurredAt, EventId event,
        ParticipantId participant) implements DomainEvent {

    @Override
    public String aggregateId() {
        return event.toString();
    }
}
