package org.filiere.press;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.filiere.kernel.DomainEvent;

/**
 * Event: a press release was published; its deliveries to the list were stored with it.
 *
 * @param eventId    this occurrence
 * @param occurredAt when it happened
 * @param releaseId  the release
 * @param listId     the list it goes to
 * @param embargo    the embargo it waited for, if any
 */
public record PressReleasePublished(UUID eventId, Instant occurredAt, PressReleaseId releaseId,
        DistributionListId listId, Optional<Instant> embargo) implements DomainEvent {

    @Override
    public String aggregateId() {
        return releaseId.toString();
    }
}
