package org.filiere.benchmarks;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.camel.ProducerTemplate;
import org.filiere.integration.training.CatalogueRoutes;
import org.filiere.integration.training.GeneratedCatalogue;
import org.filiere.integration.training.ImportReport;
import org.filiere.demo.DemoCluster;
import org.filiere.persistence.Storage;

/**
 * A generated 100,000-session LHEO catalogue imported through the training-providers route (streamed, checked,
 * written a chunk per transaction) into a fresh embedded Derby database, against plain JDBC batch inserts of exactly
 * the course and session rows the route wrote into another fresh Derby database (prepared statements, batches of
 * 500, one commit per table). Both databases get their schema from the library's migrations before the clock
 * starts. The figure is sessions per second; the ratio is ours over the baseline; the target is 0.7.
 */
public final class TrainingImportBenchmark implements Benchmark {

    /** The catalogue's courses; {@code -Dfiliere.bench.training-import.courses=N} makes a smaller one for a quick look. */
    static final int COURSES = Integer.getInteger("filiere.bench.training-import.courses", 10_000);
    static final int SESSIONS_PER_COURSE = 10;
    private static final List<String> TABLES = List.of("training_course", "training_session");

    @Override
    public String name() {
        return "training-import";
    }

    @Override
    public String description() {
        return "100,000-session LHEO catalogue through the import route vs plain JDBC batch inserts (Derby)";
    }

    @Override
    public Result run(PrintStream out) throws Exception {
        TableCopy copy = new TableCopy(TABLES);
        int[] round = {0};
        try (ScratchDatabases scratch = new ScratchDatabases("training-import")) {
            Path catalogue = scratch.file("catalogue.xml");
            int sessions = GeneratedCatalogue.writeLheo(catalogue, COURSES, SESSIONS_PER_COURSE, "2030");
            out.printf("catalogue: %d courses, %d sessions, %.1f MB%n", COURSES, sessions,
                    Files.size(catalogue) / 1e6);
            long[] medians = Rounds.alternate(1, 3, () -> {
                try (DemoCluster cluster = scratch.library("ours-" + round[0])) {
                    ProducerTemplate template = cluster.get(ProducerTemplate.class);
                    long start = System.nanoTime();
                    ImportReport report = template.requestBody(CatalogueRoutes.IMPORT, catalogue, ImportReport.class);
                    long elapsed = System.nanoTime() - start;
                    if (report.sessionsCreated() != sessions || report.deadLetters() != 0) {
                        throw new IllegalStateException("The import did not take the whole catalogue: " + report);
                    }
                    copy.readFrom(cluster.get(Storage.class).dataSource());
                    return elapsed;
                }
            }, () -> scratch.timePlainInserts(copy, "baseline-" + round[0]++), out);
            double oursRate = sessions / (medians[0] / 1e9);
            double baselineRate = sessions / (medians[1] / 1e9);
            out.printf("rows per import: %s%n", copy.counts());
            return new Result(String.format(Locale.ROOT, "%.0f_sessions/s", oursRate),
                    String.format(Locale.ROOT, "%.0f_sessions/s", baselineRate), oursRate / baselineRate, "0.7");
        }
    }
}
