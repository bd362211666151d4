package org.filiere.benchmarks;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import org.filiere.demo.DemoCluster;
import org.filiere.demo.DemoData;
import org.filiere.demo.TourCommand;
import org.filiere.demo.TourStep;
import org.filiere.persistence.Storage;

/**
 * Loading the demo cluster (members, memberships, charter signatures, contributions, two years of training sessions
 * with their speakers and registrations, projects and their committee sessions, partner programmes) through the
 * library's application services, against plain JDBC batch inserts of exactly the rows the library wrote, each
 * into a fresh embedded Derby database in a folder. Both databases get their schema from the library's migrations
 * before the clock starts. The figure is rows written per second; the ratio is ours over the baseline.
 */
public final class DemoLoadBenchmark implements Benchmark {

    private static final List<String> TABLES = List.of("member", "establishment", "membership", "charter",
            "charter_version", "charter_signature", "contribution", "training_course", "training_session",
            "training_speaker", "training_registration", "call_for_projects", "call_criterion", "project",
            "project_partner", "project_note", "project_milestone", "label_counter", "committee_member",
            "committee_session", "session_seat", "agenda_item", "agenda_criterion", "recusal", "score",
            "committee_decision", "partner_organisation", "cooperation_agreement", "partner_programme", "enrollment",
            "tender", "tender_cpv", "watch_profile", "watch_profile_item", "digest", "digest_entry");

    @Override
    public String name() {
        return "demo-load";
    }

    @Override
    public String description() {
        return "demo cluster through the application services vs plain JDBC batch inserts of the same rows (Derby)";
    }

    @Override
    public Result run(PrintStream out) throws Exception {
        TableCopy copy = new TableCopy(TABLES);
        int[] round = {0};
        try (ScratchDatabases scratch = new ScratchDatabases("demo-load")) {
            long[] medians = Rounds.alternate(1, 3, () -> {
                try (DemoCluster cluster = scratch.library("ours-" + round[0])) {
                    DemoData data = new DemoData(cluster.currentYear());
                    long start = System.nanoTime();
                    for (TourStep step : TourCommand.STEPS) {
                        step.populate(cluster, data);
                    }
                    long elapsed = System.nanoTime() - start;
                    copy.readFrom(cluster.get(Storage.class).dataSource());
                    return elapsed;
                }
            }, () -> scratch.timePlainInserts(copy, "baseline-" + round[0]++), out);
            long written = copy.totalRows();
            double oursRate = written / (medians[0] / 1e9);
            double baselineRate = written / (medians[1] / 1e9);
            out.printf("%d rows per load (%s)%n", written, copy.counts());
            return new Result(String.format(Locale.ROOT, "%.0f_rows/s", oursRate),
                    String.format(Locale.ROOT, "%.0f_rows/s", baselineRate), oursRate / baselineRate, "none");
        }
    }
}
