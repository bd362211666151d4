package org.filiere.report.application;

import java.math.BigDecimal;

import org.filiere.access.Actor;
import org.filiere.report.Comparison;
import org.filiere.report.IndicatorTargetId;

/** The commands of {@link ReportService}; each names the staff member who acts. */
public final class ReportCommands {

    private ReportCommands() {
    }

    /** Sets a funder's target on a figure for a year. */
    public record SetIndicatorTarget(Actor actor, String funder, String agreement, String figureKey, int year,
            Comparison comparison, BigDecimal threshold) {
    }

    /** Changes a target read at {@code version}. */
    public record ChangeIndicatorTarget(Actor actor, IndicatorTargetId id, long version, Comparison comparison,
            BigDecimal threshold) {
    }

    /** Removes a target read at {@code version}. */
    public record RemoveIndicatorTarget(Actor actor, IndicatorTargetId id, long version) {
    }
}
