package org.filiere.event;

import java.time.Instant;
import java.util.UUID;

import org.filiere.kernel.DomainEvent;
import org.filiere.training.Participant;

/**
 * Event: a person registered for a full event and waits for a seat.
 *
 * @param eventId        this occurrence
 * @param occurredAt     when it happened
 * @param event          the event concerned
 * @param registrationId the registration
 * @param participant    who registered
 * @param position       their place on the waitlist, from 1
 */
public record EventRegistrationWaitlisted(UUID eventId, Instant occurredAt, EventId event,
        EventRegistrationId registrationId, Participant participant, int position) implements DomainEvent {

    @Override
    public String aggregateId() {
        return event.toString();
    }
}
