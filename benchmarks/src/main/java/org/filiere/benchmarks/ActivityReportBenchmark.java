package org.filiere.benchmarks;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.filiere.demo.DemoCluster;
import org.filiere.report.ActivityReport;
import org.filiere.report.Figure;
import org.filiere.report.FigureTable;
import org.filiere.report.ReportSection;
import org.filiere.report.application.ReportService;

/**
 * The whole activity report's figures (two years, every section) built through the library, against one
 * hand-written SQL query per figure in plain JDBC, over the same generated association on embedded Derby: 100,000
 * members over five years, 1,000,000 contribution records, 50,000 training registrations, 5,000 projects (generated
 * with plain JDBC batches, not timed). Both sides run in this JVM on the same database after the same warm-up, in
 * alternating rounds; the benchmark checks that they give the same figures. Before the rounds, a separate JVM limited
 * to {@code -Xmx256m} builds the report and writes it as HTML, PDF, CSV and JSON. The figure is milliseconds per
 * report; the ratio is ours over the baseline; the target is at most 1.5.
 */
public final class ActivityReportBenchmark implements Benchmark {

    static final int YEAR = ReportAssociation.LAST_YEAR;
    static final String SMALL_HEAP = "-Xmx256m";

    @Override
    public String name() {
        return "activity-report";
    }

    @Override
    public String description() {
        return "the report's figures through the library vs one hand-written SQL query per figure (100k members,"
                + " Derby)";
    }

    @Override
    public Result run(PrintStream out) throws Exception {
        try (ScratchDatabases scratch = new ScratchDatabases("activity-report")) {
            out.println("generating the association (plain JDBC batches, not timed)...");
            long generated = System.nanoTime();
            try (Connection c = scratch.plainJdbc("db")) {
                long rows = new ReportAssociation().writeInto(c, out);
                out.printf("generated %,d rows in %.0f s%n", rows, (System.nanoTime() - generated) / 1e9);
            } finally {
                scratch.shutdown("db");
            }
            buildInSmallHeap(scratch.file("db"), scratch.file("report"), out);

            String url = "jdbc:derby:" + scratch.file("db").toAbsolutePath().resolve("filiere");
            try (DemoCluster cluster = scratch.library("db");
                    Connection plain = DriverManager.getConnection(url)) {
                plain.setAutoCommit(false);
                ReportService reports = cluster.get(ReportService.class);
                ReportBaseline baseline = new ReportBaseline(plain);
                ActivityReport[] ours = new ActivityReport[1];
                List<Map<String, BigDecimal>> theirs = new ArrayList<>(List.of(Map.of()));
                long[] medians = Rounds.alternate(1, 3, () -> {
                    long start = System.nanoTime();
                    ours[0] = reports.build(cluster.actor(), YEAR);
                    return System.nanoTime() - start;
                }, () -> {
                    long start = System.nanoTime();
                    theirs.set(0, baseline.figures(YEAR));
                    return System.nanoTime() - start;
                }, out);
                compare(figures(ours[0]), theirs.get(0), out);
                double oursMs = medians[0] / 1e6;
                double baselineMs = medians[1] / 1e6;
                return new Result(String.format(Locale.ROOT, "%.0f_ms_per_report", oursMs),
                        String.format(Locale.ROOT, "%.0f_ms_per_report", baselineMs), oursMs / baselineMs, "1.5");
            }
        }
    }

    /** The library's figures keyed as the baseline keys them: zero table rows left out. */
    static Map<String, BigDecimal> figures(ActivityReport report) {
        Map<String, BigDecimal> figures = new TreeMap<>();
        for (ReportSection s : report.sections()) {
            for (Figure f : s.figures()) {
                f.value().ifPresent(v -> figures.put(f.key() + "@" + report.year(), v));
                f.previous().ifPresent(v -> figures.put(f.key() + "@" + (report.year() - 1), v));
            }
            for (FigureTable t : s.tables()) {
                for (Figure r : t.rows()) {
                    r.value().filter(v -> v.signum() != 0).ifPresent(v -> figures.put(r.key() + "@" + report.year(), v));
                    r.previous().filter(v -> v.signum() != 0)
                            .ifPresent(v -> figures.put(r.key() + "@" + (report.year() - 1), v));
                }
            }
        }
        return figures;
    }

    /** Fails the benchmark unless both sides give the same figures, numbers compared by value. */
    static void compare(Map<String, BigDecimal> ours, Map<String, BigDecimal> baseline, PrintStream out) {
        List<String> differences = new ArrayList<>();
        Map<String, BigDecimal> all = new TreeMap<>(baseline);
        all.putAll(ours);
        for (String key : all.keySet()) {
            BigDecimal a = ours.get(key);
            BigDecimal b = baseline.get(key);
            if (a == null || b == null || a.compareTo(b) != 0) {
                differences.add(key + ": ours " + a + ", baseline " + b);
            }
        }
        if (!differences.isEmpty()) {
            differences.stream().limit(20).forEach(d -> out.println("  DIFFERENT " + d));
            throw new IllegalStateException(differences.size() + " of " + all.size()
                    + " figures differ between the library and the baseline");
        }
        out.printf("figures equal: yes, all %d figures (single figures and non-zero table rows, both years) are the"
                + " same on both sides%n", all.size());
    }

    /** Builds and writes the report in another JVM whose heap is limited to 256 MB, and says how it went. */
    private static void buildInSmallHeap(Path database, Path folder, PrintStream out) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder fork = new ProcessBuilder(java, SMALL_HEAP, "-cp", System.getProperty("java.class.path"),
                ReportInSmallHeap.class.getName(), database.toAbsolutePath().toString(),
                folder.toAbsolutePath().toString(), String.valueOf(YEAR)).redirectErrorStream(true);
        out.println("building the report in a JVM with " + SMALL_HEAP + "...");
        Process process = fork.start();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            lines.lines().forEach(line -> out.println("  [" + SMALL_HEAP + "] " + line));
        }
        if (!process.waitFor(20, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("The report did not build in a JVM with " + SMALL_HEAP);
        }
    }
}
