package org.filiere.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

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
            "committee_decision", "partner_organisation", "cooperation_agreement", "partner_programme", "enrollment");
    private static final int BATCH = 500;

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
        Path work = Files.createTempDirectory("filiere-bench-demo-load");
        int[] round = {0};
        Map<String, List<Object[]>> rows = new LinkedHashMap<>();
        Map<String, List<String>> columns = new LinkedHashMap<>();
        long[] written = {0};
        try {
            long[] medians = Rounds.alternate(1, 3, () -> {
                Path dir = work.resolve("ours-" + round[0]);
                try (DemoCluster cluster = DemoCluster.start(Map.of("filiere.db.directory", dir.toString()),
                        "Claire Martin")) {
                    DemoData data = new DemoData(cluster.currentYear());
                    long start = System.nanoTime();
                    for (TourStep step : TourCommand.STEPS) {
                        step.populate(cluster, data);
                    }
                    long elapsed = System.nanoTime() - start;
                    snapshot(cluster.get(Storage.class), rows, columns);
                    written[0] = rows.values().stream().mapToLong(List::size).sum();
                    return elapsed;
                }
            }, () -> {
                Path dir = work.resolve("baseline-" + round[0]++);
                try (DemoCluster schemaOnly = DemoCluster.start(Map.of("filiere.db.directory", dir.toString()),
                        "Claire Martin")) {
                    schemaOnly.currentYear();
                }
                try (Connection c = DriverManager.getConnection("jdbc:derby:" + dir.resolve("filiere"))) {
                    c.setAutoCommit(false);
                    long start = System.nanoTime();
                    insertAll(c, rows, columns);
                    long elapsed = System.nanoTime() - start;
                    return elapsed;
                } finally {
                    shutdown(dir);
                }
            }, out);
            double oursRate = written[0] / (medians[0] / 1e9);
            double baselineRate = written[0] / (medians[1] / 1e9);
            out.printf("%d rows per load (%s)%n", written[0], rowCounts(rows));
            return new Result(String.format(java.util.Locale.ROOT, "%.0f_rows/s", oursRate),
                    String.format(java.util.Locale.ROOT, "%.0f_rows/s", baselineRate), oursRate / baselineRate, "none");
        } finally {
            delete(work);
        }
    }

    private static String rowCounts(Map<String, List<Object[]>> rows) {
        StringBuilder s = new StringBuilder();
        rows.forEach((t, r) -> s.append(s.length() == 0 ? "" : ", ").append(t).append(' ').append(r.size()));
        return s.toString();
    }

    private static void snapshot(Storage storage, Map<String, List<Object[]>> rows, Map<String, List<String>> columns)
            throws SQLException {
        rows.clear();
        columns.clear();
        try (Connection c = storage.dataSource().getConnection(); Statement s = c.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
                    ResultSetMetaData meta = rs.getMetaData();
                    List<String> names = new ArrayList<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        names.add(meta.getColumnName(i).toLowerCase(java.util.Locale.ROOT));
                    }
                    List<Object[]> values = new ArrayList<>();
                    while (rs.next()) {
                        Object[] row = new Object[names.size()];
                        for (int i = 0; i < row.length; i++) {
                            Object v = rs.getObject(i + 1);
                            row[i] = v instanceof java.sql.Clob clob ? clob.getSubString(1, (int) clob.length()) : v;
                        }
                        values.add(row);
                    }
                    columns.put(table, names);
                    rows.put(table, values);
                }
            }
            c.rollback();
        }
    }

    private static void insertAll(Connection c, Map<String, List<Object[]>> rows, Map<String, List<String>> columns)
            throws SQLException {
        for (String table : TABLES) {
            List<String> names = columns.get(table);
            String sql = "INSERT INTO " + table + " (" + String.join(", ", names) + ") VALUES ("
                    + String.join(", ", names.stream().map(n -> "?").toList()) + ")";
            try (PreparedStatement insert = c.prepareStatement(sql)) {
                int pending = 0;
                for (Object[] row : rows.get(table)) {
                    for (int i = 0; i < row.length; i++) {
                        insert.setObject(i + 1, row[i]);
                    }
                    insert.addBatch();
                    if (++pending == BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    insert.executeBatch();
                }
            }
            c.commit();
        }
    }

    private static void shutdown(Path dir) {
        try {
            DriverManager.getConnection("jdbc:derby:" + dir.resolve("filiere") + ";shutdown=true").close();
        } catch (SQLException expected) {
            // Derby reports a clean shutdown as an exception.
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
