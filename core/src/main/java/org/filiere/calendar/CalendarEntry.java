package org.filiere.calendar;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * One entry of a calendar file (a VEVENT): what it is, when and where, and how calendar clients recognise it again.
 *
 * @param uid         stays the same across exports, so that a client updates the entry instead of adding one
 * @param sequence    raised on each change a calendar shows, so that a client takes the newest version
 * @param status      confirmed, tentative or cancelled
 * @param start       when it starts, in Europe/Paris
 * @param end         when it ends, in Europe/Paris
 * @param summary     its title
 * @param location    where, on one line; empty when unknown
 * @param description what it is about; empty when nothing more is said
 */
public record CalendarEntry(String uid, int sequence, EntryStatus status, ZonedDateTime start, ZonedDateTime end,
        String summary, String location, String description) {

    /** What a calendar shows of an entry's state (STATUS). */
    public enum EntryStatus {
        CONFIRMED,
        TENTATIVE,
        CANCELLED
    }

    public CalendarEntry {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(summary, "summary");
        if (sequence < 0) {
            throw new IllegalArgumentException("A SEQUENCE starts at 0, not " + sequence);
        }
        location = location == null ? "" : location;
        description = description == null ? "" : description;
    }
}
