package org.filiere.event;

import java.time.Instant;
import java.util.UUID;

import org.filiere.kernel.DomainEvent;
import org.filiere.training.Participant;
import org.filiere.training.RegistrationStatus;

/**
 * Event: a registration for an event was cancelled.
 *
 * @param eventId        this occurrence
 * @param occurredAt     when it happened
 * @param event          the event concerned
 * @param registrationId the registration
 * @param participant    whose it was
 * @param previousStatus whether it held a seat or waited
 */
public record EventRegistrationCancelled(UUID eventId, Instant occurredAt, EventId event,
        EventRegistrationId registrationId, Participant participant,
        RegistrationStatus previousStatus) implements DomainEvent {

    @Override
    public String aggregateId() {
        return event.toString();
    }
}
