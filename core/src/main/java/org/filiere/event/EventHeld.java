package org.filiere.event;

import java.time.Instant;
import java.util.UUID;

import org.filiere.kernel.DomainEvent;

/**
 * Event: an event took place; attendance is known (those not checked in are no-shows).
 *
 * @param eventId        this occurrence
 * @param occurredAt     when it happened
 * @param event          the event concerned
 * @param kind           its kind
 * @param year           the year it was held in
 * @param present        people who checked in
 * @param noShows        confirmed people who did not come
 */
public record EventHeld(UUID eventId, Instant occurredAt, EventId event, EventKind kind, int year, int present,
        int noShows) implements DomainEvent {

    @Override
    public String aggregateId() {
        return event.toString();
    }
}
