package org.filiere.integration.training.catalogue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates catalogues write: {@code 20181001} (LHEO), {@code 2018-10-01}, {@code 01/10/2018}, {@code 1/10/2018},
 * {@code 01.10.2018}, each perhaps followed by a time ({@code 09:00}, {@code 9h30}, {@code T09:00:00}).
 * {@code 00000000} and its kin mean "unknown". A date that does not exist (30 February) is refused.
 */
public final class CatalogueDates {

    private static final Pattern UNKNOWN = Pattern.compile("0{8}|0{4}-0{2}-0{2}|0{2}/0{2}/0{4}");
    private static final Pattern DATE_TIME = Pattern.compile(
            "(?<date>[0-9./-]+)(?:[ T]+(?<hour>\\d{1,2})(?:[:h](?<minute>\\d{2})?(?::\\d{2}(?:\\.\\d+)?)?)?)?");
    private static final List<DateTimeFormatter> DATES = List.of(
            strict("uuuuMMdd"), strict("uuuu-MM-dd"), strict("d/M/uuuu"), strict("d.M.uuuu"), strict("d-M-uuuu"));

    private CatalogueDates() {
    }

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
    }

    /**
     * A day, perhaps with a time of day, as written.
     *
     * @param day  the day
     * @param time the time of day, when the catalogue gives one
     */
    public record Moment(LocalDate day, Optional<LocalTime> time) {

        /** The moment at its own time, or at {@code otherwise}. */
        public LocalDateTime at(LocalTime otherwise) {
            return day.atTime(time.orElse(otherwise));
        }
    }

    /**
     * Reads a date field.
     *
     * @return the moment, or empty when the field is blank or says "unknown"
     * @throws CatalogueRecordException when it is not a date, or a date that does not exist
     */
    public static Optional<Moment> read(String text, String record, String field) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty() || UNKNOWN.matcher(value).matches()) {
            return Optional.empty();
        }
        Matcher m = DATE_TIME.matcher(value);
        if (!m.matches()) {
            throw notADate(record, field, value);
        }
        LocalDate day = null;
        for (DateTimeFormatter format : DATES) {
            try {
                day = LocalDate.parse(m.group("date"), format);
                break;
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        if (day == null) {
            throw notADate(record, field, value);
        }
        Optional<LocalTime> time = Optional.empty();
        if (m.group("hour") != null) {
            int hour = Integer.parseInt(m.group("hour"));
            int minute = m.group("minute") == null ? 0 : Integer.parseInt(m.group("minute"));
            if (hour > 23 || minute > 59) {
                throw new CatalogueRecordException(record, field + " \"" + value + "\"", "has no such time of day");
            }
            time = Optional.of(LocalTime.of(hour, minute));
        }
        return Optional.of(new Moment(day, time));
    }

    private static CatalogueRecordException notADate(String record, String field, String value) {
        return new CatalogueRecordException(record, field + " \"" + value + "\"",
                "is not a date that exists (expected 20261014, 2026-10-14 or 14/10/2026)");
    }
}
