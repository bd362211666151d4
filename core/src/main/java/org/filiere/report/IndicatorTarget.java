package org.filiere.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

import org.filiere.kernel.TextLimit;

/**
 * A target a funder's agreement sets on one of the report's figures for a year: at least 140 members, at least
 * 60 % SMEs, at least 7 contribution days per member. Staff keep them as data; the report shows each with the
 * figure's value and whether it was met.
 *
 * @param id         identity
 * @param funder     the funder whose agreement sets it ("Région Auvergne-Rhône-Alpes")
 * @param agreement  the agreement ("Convention 2025-2027"), possibly empty
 * @param figureKey  the figure it is set on ({@code members.active}); a single figure, not a table
 * @param year       the year it applies to
 * @param comparison at least or at most
 * @param threshold  the number to reach, in the figure's unit (60 for 60 %)
 * @param version    the stored version, for optimistic locking (0 when not yet stored)
 */
public record IndicatorTarget(IndicatorTargetId id, String funder, String agreement, String figureKey, int year,
        Comparison comparison, BigDecimal threshold, long version) {

    public IndicatorTarget {
        Objects.requireNonNull(id, "id");
        String record = "Indicator target on " + figureKey + " for " + year;
        if (funder == null || funder.isBlank()) {
            throw new IndicatorTargetRefusedException(record, "funder", "is missing");
        }
        funder = TextLimit.check(record, "funder", funder.strip(), TextLimit.SHORT);
        agreement = agreement == null ? "" : TextLimit.check(record, "agreement", agreement.strip(), TextLimit.SHORT);
        if (figureKey == null || figureKey.isBlank()) {
            throw new IndicatorTargetRefusedException(record, "figure", "is missing");
        }
        if (year < 1900 || year > 9999) {
            throw new IndicatorTargetRefusedException(record, "year", "is " + year + ", not a calendar year");
        }
        if (comparison == null) {
            throw new IndicatorTargetRefusedException(record, "comparison", "is missing (at least or at most)");
        }
        if (threshold == null) {
            throw new IndicatorTargetRefusedException(record, "threshold", "is missing");
        }
        if (threshold.signum() < 0) {
            throw new IndicatorTargetRefusedException(record, "threshold", "is " + threshold.toPlainString()
                    + "; the report's figures are never negative targets");
        }
        if (threshold.stripTrailingZeros().scale() > 2) {
            throw new IndicatorTargetRefusedException(record, "threshold", "is " + threshold.toPlainString()
                    + "; keep at most two decimals");
        }
        threshold = threshold.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** How staff name the target in a message. */
    public String describe() {
        return "target of " + funder + " on " + figureKey + " for " + year;
    }
}
