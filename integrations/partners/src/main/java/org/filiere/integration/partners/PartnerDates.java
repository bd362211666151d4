package org.filiere.integration.partners;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * Dates as partners write them (ISO 8601): with an offset or a {@code Z}, a local date and time (read in the
 * association's time zone), or a day alone (its start).
 */
final class PartnerDates {

    private PartnerDates() {
    }

    static Instant parse(String text, ZoneId zone, String record, String field) {
        String value = text.strip();
        try {
            if (value.length() <= 10) {
                return LocalDate.parse(value).atStartOfDay(zone).toInstant();
            }
            if (value.endsWith("Z") || value.matches(".*[+-]\\d{2}:?\\d{2}$")) {
                return OffsetDateTime.parse(value.replaceFirst("([+-]\\d{2})(\\d{2})$", "$1:$2")).toInstant();
            }
            return LocalDateTime.parse(value).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new RecordRefusedException(record + ": its field \"" + field + "\" \"" + text
                    + "\" is not a date (2030-03-12, 2030-03-12T09:00 or 2030-03-12T09:00:00+01:00)");
        }
    }
}
