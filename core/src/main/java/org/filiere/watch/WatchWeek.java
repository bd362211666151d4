package org.filiere.watch;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

import org.filiere.kernel.InvalidFieldException;

/**
 * A week of the watch, Monday to Sunday (ISO 8601), the period a weekly digest covers.
 *
 * @param year the week-based year
 * @param week the week number, 1 to 53
 */
public record WatchWeek(int year, int week) {

    public WatchWeek {
        LocalDate monday = LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Math.max(1, week))
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        if (week < 1 || monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) != week) {
            throw new InvalidFieldException("A watch week", "week", "is " + week + ", but year " + year + " has no week " + week);
        }
    }

    /** The week a day falls in. */
    public static WatchWeek of(LocalDate day) {
        return new WatchWeek(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /**
     * A week written {@code 2025-W23}.
     *
     * @throws InvalidFieldException naming the week when the text is not a week
     */
    public static WatchWeek parse(String text) {
        try {
            LocalDate day = LocalDate.parse(text.strip() + "-1", DateTimeFormatter.ISO_WEEK_DATE);
            return of(day);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new InvalidFieldException("A watch week", "week", "is written like 2025-W23, not '" + text + "'");
        }
    }

    /** Its Monday. */
    public LocalDate monday() {
        return LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** Its Sunday. */
    public LocalDate sunday() {
        return monday().plusDays(6);
    }

    /** When it starts: Monday at midnight in that zone. */
    public Instant start(ZoneId zone) {
        return monday().atStartOfDay(zone).toInstant();
    }

    /** When it ends: the next Monday at midnight in that zone. */
    public Instant end(ZoneId zone) {
        return monday().plusDays(7).atStartOfDay(zone).toInstant();
    }

    /** The week before. */
    public WatchWeek previous() {
        return of(monday().minusDays(7));
    }

    @Override
    public String toString() {
        return String.format("%d-W%02d", year, week);
    }
}
