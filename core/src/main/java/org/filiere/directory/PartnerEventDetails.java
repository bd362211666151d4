package org.filiere.directory;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.filiere.kernel.InvalidFieldException;
import org.filiere.kernel.TextLimit;

/**
 * What a partner says of one of its events. A title and a start are required; the rest may be missing.
 *
 * @param title       its title
 * @param description what it is about
 * @param start       when it starts
 * @param end         when it ends, if said
 * @param place       the name of the place, if said
 * @param address     where the place is
 * @param url         where to read about it or register, if anywhere
 * @param organiser   who organises it, as written
 */
public record PartnerEventDetails(String title, String description, Instant start, Optional<Instant> end,
        String place, PartnerAddress address, Optional<URI> url, String organiser) {

    public PartnerEventDetails {
        title = PartnerFields.required("A partner event", "title", title, TextLimit.SHORT);
        String record = "Partner event \"" + title + "\"";
        description = PartnerFields.optional(record, "description", description, TextLimit.LONG);
        if (start == null) {
            throw new InvalidFieldException(record, "start", "is missing");
        }
        Objects.requireNonNull(end, "end");
        if (end.isPresent() && end.get().isBefore(start)) {
            throw new InvalidFieldException(record, "end", end.get() + " is before its start " + start);
        }
        place = PartnerFields.optional(record, "place", place, TextLimit.SHORT);
        address = address == null ? PartnerAddress.unknown() : address;
        Objects.requireNonNull(url, "url").ifPresent(u -> TextLimit.check(record, "web address", u.toString(), 1000));
        organiser = PartnerFields.optional(record, "organiser", organiser, TextLimit.SHORT);
    }
}
