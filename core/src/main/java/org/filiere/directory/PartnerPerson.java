package org.filiere.directory;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * A person at a partner organisation, from a partner's contact cards. This is personal data: it can be exported
 * and erased on request like members' contacts.
 *
 * @param id          identity
 * @param source      where the card comes from
 * @param externalId  the card's own id (its {@code UID}, else its e-mail address, else the name)
 * @param details     what the card says
 * @param firstSeenAt when it was first read
 * @param changedAt   when it last changed
 * @param version     the stored version, for optimistic locking (0 until stored)
 */
public record PartnerPerson(PartnerPersonId id, PartnerSource source, String externalId,
        PartnerPersonDetails details, Instant firstSeenAt, Instant changedAt, long version) {

    public PartnerPerson {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        externalId = PartnerFields.externalId("A partner's contact card", externalId);
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(firstSeenAt, "firstSeenAt");
        Objects.requireNonNull(changedAt, "changedAt");
    }

    /** A card read for the first time. */
    public static PartnerPerson first(PartnerSource source, String externalId, PartnerPersonDetails details,
            Clock clock) {
        return new PartnerPerson(PartnerPersonId.random(), source, externalId, details, clock.instant(),
                clock.instant(), 0);
    }

    /** The same person with what the card says now. */
    public PartnerPerson refreshed(PartnerPersonDetails now, Clock clock) {
        return new PartnerPerson(id, source, externalId, now, firstSeenAt, clock.instant(), version);
    }
}
