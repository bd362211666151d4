package org.filiere.press;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.filiere.kernel.DomainEvent;

/**
 * Event: a press release was scheduled, to be published once its embargo is lifted.
 *
 * @param eventId    this occurrence
 * @param occurredAt when it happened
 * @param releaseId  the release
 * @param embargo    its embargo, if any
 */
public record PressReleaseScheduled(UUID eventId, Instant occurredAt, PressReleaseId releaseId,
        Optional<Instant> embargo) implements DomainEvent {

    @Override
    public String aggregateId() {
        return releaseId.toString();
    }
}
