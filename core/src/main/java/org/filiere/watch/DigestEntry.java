package org.filiere.watch;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One tender in a digest, as it read when the digest was composed, and why it is there.
 *
 * @param tenderId the tender
 * @param title    its title
 * @param buyer    its buyer, as a staff member would name it
 * @param place    where it is carried out, as far as known
 * @param value    its estimated value, if given
 * @param deadline when bids are due, if given
 * @param url      where to read it, if given
 * @param reasons  why it matched the member's profile
 */
public record DigestEntry(TenderId tenderId, String title, String buyer, Place place, Optional<EstimatedValue> value,
        Optional<Instant> deadline, Optional<URI> url, List<MatchReason> reasons) {

    public DigestEntry {
        Objects.requireNonNull(tenderId, "tenderId");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(url, "url");
        reasons = List.copyOf(reasons);
    }

    /** The entry for a tender matched for these reasons. */
    public static DigestEntry of(Tender tender, List<MatchReason> reasons) {
        TenderDetails d = tender.details();
        return new DigestEntry(tender.id(), d.title(), d.buyer().displayName(), d.place(), d.value(), d.deadline(),
                d.url(), reasons);
    }
}
