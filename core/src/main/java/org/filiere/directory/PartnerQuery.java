package org.filiere.directory;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What a member looks for among partners' listings: words about what they offer (read with the French analysis of
 * the market watch), a sector (the start of a NAF code: {@code 62}, {@code 62.01}, {@code 62.01Z}) and a place
 * (a department such as {@code 38}, a postcode, or a town).
 *
 * @param text   words about the offer; blank for any
 * @param sector the start of a NAF code, if any
 * @param place  a department, postcode or town, if any
 * @param limit  the most listings wanted
 */
public record PartnerQuery(String text, Optional<String> sector, Optional<String> place, int limit) {

    public PartnerQuery {
        text = text == null ? "" : text.strip();
        sector = Objects.requireNonNull(sector, "sector").map(s -> s.replace(".", "").strip().toUpperCase(Locale.ROOT))
                .filter(s -> !s.isEmpty());
        place = Objects.requireNonNull(place, "place").map(String::strip).filter(p -> !p.isEmpty());
        if (limit < 1) {
            throw new IllegalArgumentException("A search returns at least one listing, not " + limit);
        }
    }

    /** Looks for words only. */
    public static PartnerQuery words(String text) {
        return new PartnerQuery(text, Optional.empty(), Optional.empty(), 50);
    }

    /**
     * Whether a listing is in the sector and the place asked for. A listing that does not say its activity is not
     * in any sector; one that does not say where it is, in no place.
     */
    public boolean admits(PartnerListing listing) {
        PartnerListingDetails d = listing.details();
        boolean inSector = sector.isEmpty() || d.activity()
                .map(naf -> naf.value().replace(".", "").startsWith(sector.get())).orElse(false);
        boolean inPlace = place.isEmpty() || (!d.address().isUnknown() && d.address().isIn(place.get()));
        return inSector && inPlace;
    }
}
