package org.filiere.event;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

import org.filiere.kernel.DomainEvent;

/**
 * Event: an event was planned, as a draft.
 *
 * @param eventId        this occurrence
 * @param occurredAt     when it happened
 * @param event          the event concerned
 * @param kind           its kind
 * @param title          its title
 * @param start          when it starts, Paris time
 */
public record EventPlanned(UUID eventId, Instant occurredAt, EventId event, EventKind kind, String title,
        LocalDateTime start) implements DomainEvent {

    @Override
    public String aggregateId() {
        return event.toString();
    }
}
