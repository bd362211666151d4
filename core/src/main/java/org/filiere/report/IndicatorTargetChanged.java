package org.filiere.report;

import java.time.Instant;
import java.util.UUID;

import org.filiere.kernel.DomainEvent;

/**
 * Event: staff set, changed or removed an indicator target.
 *
 * @param eventId    this occurrence
 * @param occurredAt when it happened
 * @param targetId   the target
 * @param figureKey  the figure it is set on
 * @param year       its year
 * @param change     {@code set}, {@code changed} or {@code removed}
 */
public record IndicatorTargetChanged(UUID eventId, Instant occurredAt, IndicatorTargetId targetId, String figureKey,
        int year, String change) implements DomainEvent {

    @Override
    public String aggregateId() {
        return targetId.toString();
    }
}
