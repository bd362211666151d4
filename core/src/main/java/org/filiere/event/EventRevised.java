package org.filiere.event;

import java.time.Instant;
import java.util.UUID;

import org.filiere.kernel.DomainEvent;

/**
 * Event: what an event announces changed (title, times, venue, prices...).
 *
 * @param eventId        this occurrence
 * @param occurredAt     when it happened
 * @param event          the event concerned
 * @param sequence       its calendar sequence now
 */
public record EventRevised(UUID eventId, Instant occurredAt, EventId event, int sequence) implements DomainEvent {

    @Override
    public String aggregateId() {
        return event.toString();
    }
}
