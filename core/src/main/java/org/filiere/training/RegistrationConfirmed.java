package org.filiere.training;

import java.time.Instant;

import java.util.UUID;

import org.filiere.kernel.DomainEvent;

/**
 * Event: a person registered and got a seat.
 *
 * @param eventId    this occurrence
 * @param occurredAt when it happened
 * @param sessionId  the session
 * @param registrationId the registration
 * @param participant    who registered
 */
public record RegistrationConfirmed(UUID eventId, Instant occurredAt, SessionId sessionId,
        RegistrationId registrationId, Participant participant) implements DomainEvent {

    @Override
    public String aggregateId() {
        return sessionId.toString();
    }
}
