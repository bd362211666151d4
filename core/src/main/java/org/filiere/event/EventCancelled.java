package org.filiere.event;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.filiere.kernel.DomainEvent;

/**
 * Event: an event was called off.
 *
 * @param eventId        this occurrence
 * @param occurredAt     when it happened
 * @param event          the event concerned
 * @param reason         why, possibly empty
 * @param affected       the registrations still active, whose people should be told
 */
public record EventCancelled(UUID eventId, Instant occurredAt, EventId event, String reason,
        List<EventRegistrationId> affected) implements DomainEvent {

    @Override
    public String aggregateId() {
        return event.toString();
    }
}
