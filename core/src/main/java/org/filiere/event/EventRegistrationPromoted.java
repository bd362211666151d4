package org.filiere.event;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.filiere.kernel.DomainEvent;
import org.filiere.training.Participant;

/**
 * Event: a person on an event's waitlist got a seat.
 *
 * @param eventId        this occurrence
 * @param occurredAt     when it happened
 * @param event          the event concerned
 * @param registrationId the registration
 * @param participant    who got the seat
 * @param freedBy        the cancellation that freed it; empty when seats were added
 */
public record EventRegistrationPromoted(UUID eventId, Instant occurredAt, EventId event,
        EventRegistrationId registrationId, Participant participant,
        Optional<EventRegistrationId> freedBy) implements DomainEvent {

    @Override
    public String aggregateId() {
        return event.toString();
    }
}
