package org.filiere.training;

import java.time.Instant;

import java.util.UUID;

import org.filiere.kernel.DomainEvent;

/**
 * Event: a registration was cancelled.
 *
 * @param eventId    this occurrence
 * @param occurredAt when it happened
 * @param sessionId  the session
 * @param registrationId the registration
 * @param participant    whose it was
 * @param previousStatus confirmed or waitlisted
 */
public record RegistrationCancelled(UUID eventId, Instant occurredAt, SessionId sessionId,
        RegistrationId registrationId, Participant participant, RegistrationStatus previousStatus)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return sessionId.toString();
    }
}
