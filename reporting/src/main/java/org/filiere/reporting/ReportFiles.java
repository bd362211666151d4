package org.filiere.reporting;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.filiere.report.ActivityReport;
import org.filiere.report.Figure;
import org.filiere.report.FigureTable;
import org.filiere.report.ReportSection;
import org.filiere.report.Unit;

/**
 * Writes an activity report to a file in any of its formats. The file appears whole or not at all: the report is
 * written beside it first, then moved in place.
 */
public final class ReportFiles {

    private final HtmlReport html;

    /**
     * @param association the association's name, shown in the HTML and PDF title
     */
    public ReportFiles(String association) {
        this.html = new HtmlReport(association);
    }

    /**
     * Sets up what the HTML and PDF formats use (templates, chart drawing, page layout, fonts) by writing a small
     * sample report to nowhere, so that the first real report is written sooner. An application that will write a
     * report later in the run can call it early, on a thread of its own, while it does other work.
     *
     * @param locale the language of the reports to come
     */
    public void prepare(Locale locale) {
        Figure figure = new Figure("sample.count", "Sample", "", Unit.COUNT, Optional.of(BigDecimal.ONE),
                Optional.of(BigDecimal.TEN));
        ReportSection section = new ReportSection("sample", "Sample", List.of(figure),
                List.of(new FigureTable("sample.table", "Sample", "", Unit.COUNT, List.of(figure))));
        ActivityReport sample = new ActivityReport(Year.now().getValue(), locale, Instant.now(), List.of(),
                List.of(section), false);
        write(sample, ReportFormat.PDF, OutputStream.nullOutputStream());
    }

    /** Writes the report in the format to the file, replacing it. */
    public void write(ActivityReport report, ReportFormat format, Path file) {
        Path absolute = file.toAbsolutePath();
        try {
            Files.createDirectories(absolute.getParent());
            Path partial = absolute.resolveSibling("." + absolute.getFileName() + ".part");
            try {
                try (OutputStream out = Files.newOutputStream(partial)) {
                    write(report, format, out);
                }
                Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the activity report to " + absolute + ": " + e.getMessage(), e);
        }
    }

    /** Writes the report in the format to a stream, which stays open. */
    public void write(ActivityReport report, ReportFormat format, OutputStream out) {
        switch (format) {
            case HTML -> text(out, w -> html.write(report, w));
            case PDF -> new PdfReport(html).write(report, out);
            case CSV -> text(out, w -> new CsvFigures().write(report, w));
            case JSON -> new JsonFigures().write(report, out);
        }
    }

    private static void text(OutputStream out, java.util.function.Consumer<Writer> body) {
        Writer writer = new BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            @Override
            public void close() throws IOException {
                flush();
            }
        };
        body.accept(writer);
        try {
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
