package org.filiere.watch;

import java.time.Instant;
import java.util.UUID;

import org.filiere.kernel.DomainEvent;

/**
 * Event: a call for tender seen before came again with changes.
 *
 * @param eventId    this occurrence
 * @param occurredAt when it happened
 * @param tenderId   the tender
 */
public record TenderUpdated(UUID eventId, Instant occurredAt, TenderId tenderId) implements DomainEvent {

    @Override
    public String aggregateId() {
        return tenderId.toString();
    }
}
