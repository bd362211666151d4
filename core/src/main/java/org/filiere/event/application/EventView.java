package org.filiere.event.application;

import java.util.List;

import org.filiere.event.EventDetails;
import org.filiere.event.EventId;
import org.filiere.event.EventStatus;

/**
 * An event as people read it.
 *
 * @param id           the event
 * @param details      what it announces
 * @param partnerNames the names of its partner co-organisers
 * @param capacity     its seats
 * @param status       where it stands
 * @param confirmed    registrations with a seat
 * @param waitlisted   people waiting
 * @param sequence     its calendar sequence
 * @param version      the stored version
 */
public record EventView(EventId id, EventDetails details, List<String> partnerNames, int capacity,
        EventStatus status, long confirmed, long waitlisted, int sequence, long version) {

    public EventView {
        partnerNames = List.copyOf(partnerNames);
    }

    /** Seats still free. */
    public long seatsLeft() {
        return Math.max(0, capacity - confirmed);
    }
}
