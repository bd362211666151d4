package org.filiere.demo.report;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.filiere.demo.ClusterDemo;
import org.filiere.demo.DemoCluster;
import org.filiere.demo.DemoData;
import org.filiere.report.ActivityReport;
import org.filiere.report.application.ReportService;
import org.filiere.reporting.ReportFiles;
import org.filiere.reporting.ReportFormat;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.TypeConversionException;

/** Writes the activity report of a year, for the funders, in HTML, PDF, CSV or JSON. */
@Command(name = "report", description = "Write the activity report of a year for the funders.")
public class ReportCommand implements Callable<Integer> {

    @ParentCommand
    ClusterDemo demo;

    @Option(names = "--year", description = "The report year (default: last year).")
    Integer year;

    @Option(names = "--format", defaultValue = "html", converter = FormatConverter.class,
            description = "html, pdf, csv or json (default: ${DEFAULT-VALUE}).")
    ReportFormat format;

    @Option(names = "--language", defaultValue = "fr", converter = LanguageConverter.class,
            description = "fr or en (default: ${DEFAULT-VALUE}).")
    Locale language;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The file to write.")
    Path output;

    @Override
    public Integer call() {
        try (DemoCluster cluster = demo.open()) {
            int y = year == null ? cluster.currentYear() - 1 : year;
            ActivityReport report = cluster.get(ReportService.class).build(cluster.actor(), y, language);
            new ReportFiles(DemoData.CLUSTER_NAME).write(report, format, output);
            demo.out().printf("Wrote the %d activity report (%s) to %s%n", y, format.extension(),
                    output.toAbsolutePath());
            if (report.empty()) {
                demo.out().printf("No activity is on record for %d: the report says so.%n", y);
            }
        }
        return 0;
    }

    /** Reads a report format, refusing others in one line. */
    static final class FormatConverter implements ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            try {
                return ReportFormat.named(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** Reads the report's language: French or English. */
    static final class LanguageConverter implements ITypeConverter<Locale> {
        @Override
        public Locale convert(String value) {
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "fr" -> Locale.FRENCH;
                case "en" -> Locale.ENGLISH;
                default -> throw new TypeConversionException("'" + value + "' is not a report language; use fr or en");
            };
        }
    }
}
