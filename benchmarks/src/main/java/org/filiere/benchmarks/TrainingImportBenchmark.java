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
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.camel.ProducerTemplate;
import org.filiere.camel.training.CatalogueRoutes;
import org.filiere.camel.training.GeneratedCatalogue;
import org.filiere.camel.training.ImportReport;
import org.filiere.demo.DemoCluster;
import org.filiere.persistence.Storage;

/**
 * A generated 100,000-session LHEO catalogue imported through the training-providers route (streamed, checked,
 * written a chunk per transaction) into a fresh embedded Derby database, against plain JDBC batch inserts of exactly
 * the course and session rows the route wrote into another fresh Derby database (prepared statements, batches of
 * 500, one commit per table). Both databases get their schema from the library's migrations before the clock
 * starts. The figure is sessions per second; the ratio is ours over the baseline; the target is 0.5.
 */
public final class TrainingImportBenchmark implements Benchmark {

    static final int COURSES = 10_000;
    static final int SESSIONS_PER_COURSE = 10;
    private static final List<String> TABLES = List.of("training_course", "training_session");
    private static final int BATCH = 500;

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
        Path work = Files.createTempDirectory("filiere-bench-training-import");
        try {
            Path catalogue = work.resolve("catalogue.xml");
            int sessions = GeneratedCatalogue.writeLheo(catalogue, COURSES, SESSIONS_PER_COURSE, "2030");
            out.printf("catalogue: %d courses, %d sessions, %.1f MB%n", COURSES, sessions,
                    Files.size(catalogue) / 1e6);
            Map<String, List<Object[]>> rows = new LinkedHashMap<>();
            Map<String, List<String>> columns = new LinkedHashMap<>();
            int[] round = {0};
            long[] medians = Rounds.alternate(1, 3, () -> {
                Path dir = work.resolve("ours-" + round[0]);
                try (DemoCluster cluster = DemoCluster.start(Map.of("filiere.db.directory", dir.toString()),
                        "Claire Martin")) {
                    ProducerTemplate template = cluster.get(ProducerTemplate.class);
                    long start = System.nanoTime();
                    ImportReport report = template.requestBody(CatalogueRoutes.IMPORT, catalogue, ImportReport.class);
                    long elapsed = System.nanoTime() - start;
                    if (report.sessionsCreated() != sessions || report.deadLetters() != 0) {
                        throw new IllegalStateException("The import did not take the whole catalogue: " + report);
                    }
                    snapshot(cluster.get(Storage.class), rows, columns);
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
                    return System.nanoTime() - start;
                } finally {
                    shutdown(dir);
                }
            }, out);
            double oursRate = sessions / (medians[0] / 1e9);
            double baselineRate = sessions / (medians[1] / 1e9);
            out.printf("rows per import: training_course %d, training_session %d%n",
                    rows.get("training_course").size(), rows.get("training_session").size());
            return new Result(String.format(Locale.ROOT, "%.0f_sessions/s", oursRate),
                    String.format(Locale.ROOT, "%.0f_sessions/s", baselineRate), oursRate / baselineRate, "0.5");
        } finally {
            delete(work);
        }
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
                        names.add(meta.getColumnName(i).toLowerCase(Locale.ROOT));
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
