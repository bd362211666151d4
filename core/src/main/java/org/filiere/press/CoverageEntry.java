package org.filiere.press;

import java.net.URI;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.filiere.kernel.InvalidFieldException;
import org.filiere.kernel.TextLimit;

/**
 * An article, programme or post in which a media outlet spoke of the association.
 *
 * @param id        identity
 * @param outletId  the outlet
 * @param date      the day it appeared
 * @param headline  its headline
 * @param url       where to read it, if online
 * @param reach     the audience the outlet claims for it (readers, listeners, views); 0 when unknown
 * @param tone      how it speaks of the association
 * @param releaseId the press release it followed, if any
 * @param version   the stored version, for optimistic locking (0 until stored)
 */
public record CoverageEntry(CoverageEntryId id, MediaOutletId outletId, LocalDate date, String headline,
        Optional<URI> url, long reach, Tone tone, Optional<PressReleaseId> releaseId, long version) {

    public CoverageEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(outletId, "outletId");
        if (headline == null || headline.isBlank()) {
            throw new InvalidFieldException("A coverage entry", "headline", "is missing");
        }
        String record = "Coverage \"" + headline.strip() + "\"";
        headline = TextLimit.check(record, "headline", headline.strip(), TextLimit.SHORT);
        if (date == null) {
            throw new InvalidFieldException(record, "date", "is missing");
        }
        Objects.requireNonNull(url, "url");
        url.ifPresent(u -> TextLimit.check(record, "web address", u.toString(), 1000));
        if (reach < 0) {
            throw new InvalidFieldException(record, "reach", "cannot be negative (" + reach + ")");
        }
        if (tone == null) {
            throw new InvalidFieldException(record, "tone", "is missing");
        }
        Objects.requireNonNull(releaseId, "releaseId");
    }
}
