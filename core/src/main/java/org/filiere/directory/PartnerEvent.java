package org.filiere.directory;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * An event a partner announced (a schema.org {@code Event}, a Popolo event, an iCalendar {@code VEVENT}), kept as
 * partner data and found again by its source and the partner's own id (its {@code UID}).
 *
 * @param id          identity
 * @param source      where it comes from
 * @param externalId  the partner's own id of it
 * @param details     what the partner says of it
 * @param firstSeenAt when it was first read
 * @param changedAt   when its details last changed
 * @param version     the stored version, for optimistic locking (0 until stored)
 */
public record PartnerEvent(PartnerEventId id, PartnerSource source, String externalId, PartnerEventDetails details,
        Instant firstSeenAt, Instant changedAt, long version) {

    public PartnerEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        externalId = PartnerFields.externalId("A partner event", externalId);
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(firstSeenAt, "firstSeenAt");
        Objects.requireNonNull(changedAt, "changedAt");
    }

    /** An event read for the first time. */
    public static PartnerEvent first(PartnerSource source, String externalId, PartnerEventDetails details,
            Clock clock) {
        return new PartnerEvent(PartnerEventId.random(), source, externalId, details, clock.instant(),
                clock.instant(), 0);
    }

    /** The same event with what the partner says now. */
    public PartnerEvent refreshed(PartnerEventDetails now, Clock clock) {
        return new PartnerEvent(id, source, externalId, now, firstSeenAt, clock.instant(), version);
    }
}
