package org.filiere.speedmeeting;

import java.time.Instant;
import java.util.UUID;

import org.filiere.event.EventId;
import org.filiere.kernel.DomainEvent;

/**
 * Event: the meetings were placed in rounds and at tables, and the timetable published.
 *
 * @param eventId      this occurrence
 * @param occurredAt   when it happened
 * @param event        the speed-meeting event
 * @param placed       meetings placed
 * @param unplaced     meetings that could not be placed
 * @param roundsUsed   rounds holding a meeting
 * @param lowerBound   the fewest rounds any timetable could use
 */
public record SpeedMeetingScheduled(UUID eventId, Instant occurredAt, EventId event, int placed, int unplaced,
        int roundsUsed, int lowerBound) implements DomainEvent {

    @Override
    public String aggregateId() {
        return event.toString();
    }
}
