package org.filiere.training;

import java.time.Instant;

import java.util.UUID;

import org.filiere.kernel.DomainEvent;

/**
 * Event: a person registered when no seat was left and waits on the waitlist.
 *
 * @param eventId    this occurrence
 * @param occurredAt when it happened
 * @param sessionId  the session
 * @param registrationId the registration
 * @param participant    who registered
 * @param position       their place on the waitlist, from 1
 */
public record RegistrationWaitlisted(UUID eventId, Instant occurredAt, SessionId sessionId,
        RegistrationId registrationId, Participant participant, int position) implements DomainEvent {

    @Override
    public String aggregateId() {
        return sessionId.toString();
    }
}
