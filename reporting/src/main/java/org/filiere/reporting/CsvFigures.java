package org.filiere.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.filiere.report.ActivityReport;

/**
 * Every figure of the report as CSV (RFC 4180, comma separated, numbers with a dot): one line per figure and year,
 * and one more for each further target a figure has that year.
 * Columns: {@code key, label, unit, year, value, target_comparison, target, target_funder, target_met}.
 */
public final class CsvFigures {

    static final String[] HEADER = {"key", "label", "unit", "year", "value", "target_comparison", "target",
        "target_funder", "target_met"};

    /** Writes the figures. */
    public void write(ActivityReport report, Writer out) {
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
            for (FigureEntries.Entry e : FigureEntries.of(report)) {
                String value = e.value().map(BigDecimal::toPlainString).orElse("");
                if (e.targets().isEmpty()) {
                    csv.printRecord(e.key(), e.label(), e.unit().name(), e.year(), value, "", "", "", "");
                }
                for (FigureEntries.Target t : e.targets()) {
                    csv.printRecord(e.key(), e.label(), e.unit().name(), e.year(), value, t.comparison(),
                            t.threshold().toPlainString(), t.funder(), t.met());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the report's figures as CSV", e);
        }
    }
}
