package org.filiere.persistence.report;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;

import org.filiere.wiring.CoreProducers;

/**
 * A calendar year as the figure queries bind it: its first day and the first day after it (excluded), as dates, as
 * local date-times (training sessions) and as instants in the association's time zone (signatures, tenders,
 * digests).
 *
 * @param year the calendar year
 */
record ReportYear(int year) {

    Date firstDay() {
        return Date.valueOf(LocalDate.of(year, 1, 1));
    }

    Date firstDayAfter() {
        return Date.valueOf(LocalDate.of(year + 1, 1, 1));
    }

    /** The year's last day, for what is in force "on 31 December". */
    Date lastDay() {
        return Date.valueOf(LocalDate.of(year, 12, 31));
    }

    Timestamp start() {
        return Timestamp.valueOf(LocalDate.of(year, 1, 1).atStartOfDay());
    }

    Timestamp end() {
        return Timestamp.valueOf(LocalDate.of(year + 1, 1, 1).atStartOfDay());
    }

    Timestamp startInstant() {
        return Timestamp.from(LocalDate.of(year, 1, 1).atStartOfDay(CoreProducers.ASSOCIATION_ZONE).toInstant());
    }

    Timestamp endInstant() {
        return Timestamp.from(LocalDate.of(year + 1, 1, 1).atStartOfDay(CoreProducers.ASSOCIATION_ZONE).toInstant());
    }
}
