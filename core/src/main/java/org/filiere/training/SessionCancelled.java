package org.filiere.training;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.filiere.kernel.DomainEvent;

/**
 * Event: a session was cancelled; the people still registered must be told.
 *
 * @param eventId    this occurrence
 * @param occurredAt when it happened
 * @param sessionId  the session
 * @param reason     why, as given
 * @param affected   the registrations that were still confirmed or waitlisted
 */
public record SessionCancelled(UUID eventId, Instant occurredAt, SessionId sessionId,
        String reason, List<RegistrationId> affected) implements DomainEvent {

    public SessionCancelled {
        affected = List.copyOf(affected);
    }

    @Override
    public String aggregateId() {
        return sessionId.toString();
    }
}
