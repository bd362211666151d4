package org.filiere.event;

import java.time.Instant;
import java.util.UUID;

import org.filiere.kernel.DomainEvent;
import org.filiere.training.Participant;

/**
 * Event: a person registered for an event and got a seat.
 *
 * @param eventId        this occurrence
 * @param occurredAt     when it happened
 * @param event          the event concerned
 * @param registrationId the registration
 * @param participant    who registered
 * @param memberRate     whether they pay the member price
 */
public record EventRegistrationConfirmed(UUID eventId, Instant occurredAt, EventId event,
        EventRegistrationId registrationId, Participant participant, boolean memberRate) implements DomainEvent {

    @Override
    public String aggregateId() {
        return event.toString();
    }
}
