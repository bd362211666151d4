package org.filiere.directory;

import java.time.Instant;
import java.util.UUID;

import org.filiere.kernel.DomainEvent;

/**
 * Event: a partner's directory, events or contact cards were read and the partner data refreshed.
 *
 * @param eventId    this occurrence
 * @param occurredAt when it happened
 * @param source     the partner source
 * @param origin     the file or web address read
 * @param created    records seen for the first time
 * @param updated    records whose details changed
 * @param unchanged  records read again unchanged
 */
public record PartnerDataRefreshed(UUID eventId, Instant occurredAt, PartnerSource source, String origin,
        int created, int updated, int unchanged) implements DomainEvent {

    @Override
    public String aggregateId() {
        return source.key();
    }
}
