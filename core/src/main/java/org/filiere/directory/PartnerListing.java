package org.filiere.directory;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * An organisation listed in a partner's directory, kept as partner data: found again by its source and the
 * partner's own id, so that reading the directory again refreshes it rather than duplicating it.
 *
 * @param id          identity
 * @param source      the partner's directory it comes from
 * @param externalId  the partner's own id of it (its JSON-LD {@code @id}, its Popolo {@code id})
 * @param details     what the directory says of it
 * @param firstSeenAt when it was first read
 * @param changedAt   when its details last changed
 * @param version     the stored version, for optimistic locking (0 until stored)
 */
public record PartnerListing(PartnerListingId id, PartnerSource source, String externalId,
        PartnerListingDetails details, Instant firstSeenAt, Instant changedAt, long version) {

    public PartnerListing {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        externalId = PartnerFields.externalId("A partner listing", externalId);
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(firstSeenAt, "firstSeenAt");
        Objects.requireNonNull(changedAt, "changedAt");
    }

    /** A listing read for the first time. */
    public static PartnerListing first(PartnerSource source, String externalId, PartnerListingDetails details,
            Clock clock) {
        return new PartnerListing(PartnerListingId.random(), source, externalId, details, clock.instant(),
                clock.instant(), 0);
    }

    /** The same listing with what the directory says now. */
    public PartnerListing refreshed(PartnerListingDetails now, Clock clock) {
        return new PartnerListing(id, source, externalId, now, firstSeenAt, clock.instant(), version);
    }

    /**
     * The same listing without its e-mail address and telephone, once the person they reach was erased. Reading the
     * partner's directory again brings them back if the directory still gives them.
     */
    public PartnerListing withoutContact(Clock clock) {
        return new PartnerListing(id, source, externalId, details.withoutContact(), firstSeenAt, clock.instant(),
                version);
    }
}
