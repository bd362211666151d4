package org.filiere.training;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.filiere.kernel.DomainEvent;

/**
 * Event: a seat freed up and the first person on the waitlist got it.
 *
 * @param eventId    this occurrence
 * @param occurredAt when it happened
 * @param sessionId  the session
 * @param registrationId the promoted registration
 * @param participant    who got the seat
 * @param freedBy        the cancelled registration whose seat it was; empty when seats were added
 */
public record RegistrationPromoted(UUID eventId, Instant occurredAt, SessionId sessionId,
        RegistrationId registrationId, Participant participant, Optional<RegistrationId> freedBy)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return sessionId.toString();
    }
}
