package org.filiere.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.filiere.report.ActivityReport;
import org.filiere.report.Figure;
import org.filiere.report.IndicatorTarget;
import org.filiere.report.Unit;

/**
 * Every figure of a report as flat entries, one per figure and year, each with the targets set on it that year:
 * what the CSV and JSON exports write, for funders who key the figures into their own systems.
 */
final class FigureEntries {

    /**
     * A target on the figure that year.
     *
     * @param funder     who set it
     * @param comparison at least or at most
     * @param threshold  the number to reach
     * @param met        whether the figure met it
     */
    record Target(String funder, String comparison, BigDecimal threshold, boolean met) {
    }

    /**
     * One figure in one year.
     *
     * @param key     the figure's key
     * @param label   its name in the report's language
     * @param unit    its unit
     * @param year    the year
     * @param value   its value that year, if any
     * @param targets the targets set on it that year
     */
    record Entry(String key, String label, Unit unit, int year, Optional<BigDecimal> value, List<Target> targets) {
    }

    private FigureEntries() {
    }

    static List<Entry> of(ActivityReport report) {
        List<Entry> entries = new ArrayList<>();
        for (Figure f : report.figures()) {
            List<Target> targets = report.indicators().stream().filter(i -> i.figure().key().equals(f.key()))
                    .map(i -> {
                        IndicatorTarget t = i.target();
                        return new Target(t.funder(), t.comparison().name(), t.threshold(), i.met());
                    }).toList();
            entries.add(new Entry(f.key(), f.label(), f.unit(), report.year(), f.value(), targets));
            entries.add(new Entry(f.key(), f.label(), f.unit(), report.year() - 1, f.previous(), List.of()));
        }
        return entries;
    }
}
