package org.filiere.watch;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.filiere.kernel.InvalidFieldException;

/**
 * What a call for tender says: who buys, what, where, for how much and until when.
 *
 * @param buyer       the buyer
 * @param title       a short title, never blank
 * @param description the longer text, possibly empty
 * @param cpvCodes    its CPV codes, possibly none
 * @param place       where it is carried out
 * @param value       the estimated value, when given
 * @param publishedOn the day it was published, when given
 * @param deadline    the time bids are due, when given
 * @param url         where to read the full notice, when given
 */
public record TenderDetails(Buyer buyer, String title, String description, List<CpvCode> cpvCodes, Place place,
        Optional<EstimatedValue> value, Optional<LocalDate> publishedOn, Optional<Instant> deadline,
        Optional<URI> url) {

    public TenderDetails {
        Objects.requireNonNull(buyer, "buyer");
        if (title == null || title.isBlank()) {
            throw new InvalidFieldException("A tender", "title", "is missing");
        }
        title = title.strip();
        description = description == null ? "" : description.strip();
        cpvCodes = List.copyOf(cpvCodes.stream().distinct().toList());
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(publishedOn, "publishedOn");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(url, "url");
    }
}
