package org.filiere.speedmeeting;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.filiere.event.EventId;
import org.filiere.kernel.DomainEvent;

/**
 * Event: after a change to a published timetable, meetings were placed again locally.
 *
 * @param eventId      this occurrence
 * @param occurredAt   when it happened
 * @param event        the speed-meeting event
 * @param moved        meetings whose slot changed
 * @param newlyPlaced  meetings that got a slot
 * @param unplaced     meetings left without a slot
 */
public record SpeedMeetingRescheduled(UUID eventId, Instant occurredAt, EventId event, Set<MeetingId> moved,
        Set<MeetingId> newlyPlaced, int unplaced) implements DomainEvent {

    @Override
    public String aggregateId() {
        return event.toString();
    }
}
