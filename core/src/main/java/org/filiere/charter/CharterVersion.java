package org.filiere.charter;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One version of the Charter of Good Practices.
 *
 * @param number        1, 2, 3... in order of publication
 * @param title         its title
 * @param text          the full text members sign
 * @param effectiveFrom the day it comes into force
 * @param publishedAt   when it was published
 * @param publishedBy   who published it
 */
public record CharterVersion(int number, String title, String text, LocalDate effectiveFrom, Instant publishedAt,
        String publishedBy) {

    public CharterVersion {
        if (number < 1) {
            throw new IllegalArgumentException("Charter versions are numbered from 1");
        }
        if (title == null || title.isBlank()) {
            throw new CharterRefusedException("A charter version needs a title");
        }
        if (text == null || text.isBlank()) {
            throw new CharterRefusedException("A charter version needs its text");
        }
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(publishedAt, "publishedAt");
        title = title.strip();
        publishedBy = publishedBy == null ? "" : publishedBy;
    }

    /** Whether it is in force on a day, ignoring later versions. */
    public boolean inForceOn(LocalDate day) {
        return !effectiveFrom.isAfter(day);
    }
}
