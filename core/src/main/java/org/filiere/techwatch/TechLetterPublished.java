package org.filiere.techwatch;

import java.time.Instant;
import java.util.UUID;

import org.filiere.kernel.DomainEvent;
import org.filiere.watch.WatchWeek;

/**
 * Event: a technology letter was published; its deliveries to the subscribers were stored with it.
 *
 * @param eventId    this occurrence
 * @param occurredAt when it happened
 * @param letterId   the letter
 * @param week       the week it covers
 * @param itemCount  how many items it carries
 */
public record TechLetterPublished(UUID eventId, Instant occurredAt, TechLetterId letterId, WatchWeek week,
        int itemCount) implements DomainEvent {

    @Override
    public String aggregateId() {
        return letterId.toString();
    }
}
