package org.filiere.privacy;

import java.time.Instant;
import java.util.UUID;

import org.filiere.kernel.DomainEvent;

/**
 * A consent was withdrawn.
 *
 * @param eventId     identity of this occurrence
 * @param occurredAt  when
 * @param aggregateId the holder: a member's SIREN, or a person's reference ({@link PersonReference}), never an address
 * @param changeId    the change recorded
 * @param purpose     what the consent is for
 * @param means       how it was withdrawn
 */
public record ConsentWithdrawn(UUID eventId, Instant occurredAt, String aggregateId, ConsentChangeId changeId,
        ConsentPurpose purpose, ConsentMeans means) implements DomainEvent {
}
