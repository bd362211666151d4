package org.filiere.techwatch;

import java.time.Instant;
import java.util.UUID;

import org.filiere.kernel.DomainEvent;

/**
 * Event: a news feed was read.
 *
 * @param eventId    this occurrence
 * @param occurredAt when it happened
 * @param feedId     the feed
 * @param created    items read for the first time
 * @param known      items read before, kept as they were
 */
public record TechFeedRead(UUID eventId, Instant occurredAt, TechFeedId feedId, int created, int known)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return feedId.toString();
    }
}
