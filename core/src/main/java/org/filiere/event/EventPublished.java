package org.filiere.event;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

import org.filiere.kernel.DomainEvent;

/**
 * Event: an event was announced: people can register.
 *
 * @param eventId        this occurrence
 * @param occurredAt     when it happened
 * @param event          the event concerned
 * @param kind           its kind
 * @param title          its title
 * @param start          when it starts, Paris time
 * @param sequence       its calendar sequence now
 */
public record EventPublished(UUID eventId, Instant occurredAt, EventId event, EventKind kind, String title,
        LocalDateTime start, int sequence) implements DomainEvent {

    @Override
    public String aggregateId() {
        return event.toString();
    }
}
