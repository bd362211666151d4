package org.filiere.funding;

import java.time.Instant;
import java.util.UUID;

import org.filiere.kernel.DomainEvent;

/**
 * Event: staff recorded, corrected or removed a funding line.
 *
 * @param eventId    this occurrence
 * @param occurredAt when it happened
 * @param lineId     the income or expense line, as text
 * @param kind       {@code income} or {@code expense}
 * @param change     {@code recorded}, {@code corrected} or {@code removed}
 * @param year       the year of the line
 */
public record FundingLineChanged(UUID eventId, Instant occurredAt, String lineId, String kind, String change, int year)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return lineId;
    }
}
