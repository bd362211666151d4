package org.filiere.event;

import java.time.Instant;
import java.util.UUID;

import org.filiere.kernel.DomainEvent;
import org.filiere.training.Participant;

/**
 * Event: a registered person arrived at the event.
 *
 * @param eventId        this occurrence
 * @param occurredAt     when it happened
 * @param event          the event concerned
 * @param registrationId the registration
 * @param participant    who arrived
 */
public record AttendeeCheckedIn(UUID eventId, Instant occurredAt, EventId event, EventRegistrationId registrationId,
        Participant participant) implements DomainEvent {

    @Override
    public String aggregateId() {
        return event.toString();
    }
}
