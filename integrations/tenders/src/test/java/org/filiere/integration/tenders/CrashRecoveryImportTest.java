package org.filiere.integration.tenders;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.filiere.persistence.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A node importing a tender feed from its drop folder is killed (SIGKILL) at a point of the import, in a process of
 * its own, then started again: once it has taken the file again, the database is exactly what one clean run
 * leaves: the same tenders with the same details, the same dead letter, no file lock left, nothing twice, and the
 * file in {@code .done} once.
 */
class CrashRecoveryImportTest {

    private static final int RELEASES = 300;
    private static final int CHUNK = TenderImportNode.CHUNK_ENTRIES;
    private static final int UNUSABLE = CHUNK + CHUNK / 2;
    private static final String FILE = "tenders.json";
    private static final Map<String, Snapshot> CLEAN_RUNS = new HashMap<>();
    private static final List<Runnable> CLEANUPS = new ArrayList<>();

    @TempDir
    static Path work;

    static Stream<Arguments> crashes() {
        List<Arguments> crashes = new ArrayList<>();
        for (String database : List.of("derby", "postgresql")) {
            crashes.add(Arguments.of(database, PausePoints.BEFORE_FIRST_CHUNK, 0, 0));
            crashes.add(Arguments.of(database, PausePoints.MID_CHUNK + "@2", CHUNK, 0));
            crashes.add(Arguments.of(database, PausePoints.BETWEEN_CHUNKS + "@2", 2 * CHUNK - 1, 1));
            crashes.add(Arguments.of(database, PausePoints.FILE_MOVE, RELEASES - 1, 1));
        }
        return crashes.stream();
    }

    @ParameterizedTest(name = "{0}, killed at {1}")
    @MethodSource("crashes")
    void shouldEndAsOneCleanRunWhenKilledAndStartedAgain(String database, String point, int tendersWhenKilled,
            int deadLettersWhenKilled) throws Exception {
        assumeReachable(database);
        Snapshot clean = CLEAN_RUNS.computeIfAbsent(database, d -> cleanRun(d));
        assertThat(clean.tenders()).hasSize(RELEASES - 1);
        assertThat(clean.cpvCodes()).hasSize(RELEASES - 1);
        assertThat(clean.deadLetters()).singleElement().asString().startsWith("tender-entry | " + FILE + ", ")
                .contains("cannot be used");
        assertThat(clean.fileLocks()).isEmpty();

        Path drop = dropFolderWithFeed(database + "-" + point.replace('@', '-'));
        String url = freshDatabase(database, drop);
        Process killed = node(url, drop, point);
        awaitLine(killed, "PAUSED " + point);
        killed.destroyForcibly();
        assertThat(killed.waitFor(1, TimeUnit.MINUTES)).as("the node stopped").isTrue();

        assertThat(drop.resolve(FILE)).as("the file waits in the folder").exists();
        Snapshot whenKilled = Snapshot.of(database, url);
        assertThat(whenKilled.tenders()).as("tenders committed when the node was killed").hasSize(tendersWhenKilled);
        assertThat(whenKilled.deadLetters()).as("dead letters written when the node was killed")
                .hasSize(deadLettersWhenKilled);

        Process again = node(url, drop, null);
        awaitLine(again, "DONE");
        assertThat(again.waitFor(1, TimeUnit.MINUTES)).isTrue();

        Snapshot recovered = Snapshot.of(database, url);
        assertThat(recovered.tenders()).hasSize(RELEASES - 1).isEqualTo(clean.tenders());
        assertThat(recovered.cpvCodes()).isEqualTo(clean.cpvCodes());
        assertThat(recovered.deadLetters()).hasSize(1).isEqualTo(clean.deadLetters());
        assertThat(recovered.fileLocks()).isEqualTo(clean.fileLocks());
        assertThat(TenderImportNode.filesIn(drop.resolve(TenderFeedRoutes.DONE))).isEqualTo(1);
        assertThat(TenderImportNode.filesIn(drop.resolve(TenderFeedRoutes.FAILED))).isZero();
        assertThat(drop.resolve(FILE)).doesNotExist();
    }

    private static Snapshot cleanRun(String database) {
        try {
            Path drop = dropFolderWithFeed(database + "-clean");
            String url = freshDatabase(database, drop);
            Process node = node(url, drop, null);
            awaitLine(node, "DONE");
            assertThat(node.waitFor(1, TimeUnit.MINUTES)).isTrue();
            return Snapshot.of(database, url);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A folder with an incoming OCDS feed of {@value #RELEASES} tenders, one of them without ocid nor title. */
    private static Path dropFolderWithFeed(String name) throws IOException {
        Path folder = Files.createDirectories(work.resolve(name));
        Path written = GeneratedOcdsFeed.write(work.resolve(name + ".tmp"), RELEASES, UNUSABLE);
        Files.move(written, folder.resolve(FILE));
        return folder;
    }

    private static String freshDatabase(String database, Path folder) {
        if ("derby".equals(database)) {
            return "jdbc:derby:" + folder.resolveSibling(folder.getFileName() + "-db") + ";create=true";
        }
        TestDatabase postgres = TestDatabase.postgres().orElseThrow();
        CLEANUPS.add(postgres.cleanup());
        return postgres.properties().get("filiere.db.url");
    }

    private static void assumeReachable(String database) {
        if ("postgresql".equals(database) && TestDatabase.postgres().map(d -> {
            d.cleanup().run();
            return false;
        }).orElse(true)) {
            String reason = "PostgreSQL variant not run: set " + TestDatabase.POSTGRES_URL
                    + " (jdbc:postgresql://127.0.0.1:5432/<database>?user=postgres) to run it";
            System.err.println(reason);
            Assumptions.assumeTrue(false, reason);
        }
    }

    /**
     * Starts a node in a JVM of its own on this test's class path, paused at a point if one is given. A node lives
     * for seconds: it compiles with C1 only and collects with the serial collector, which starts it sooner.
     */
    private static Process node(String url, Path drop, String pauseAt) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"),
                "-Dderby.stream.error.file=" + drop.resolveSibling(drop.getFileName() + "-derby.log")));
        if (pauseAt != null) {
            command.add("-D" + PausePoints.PROPERTY + "=" + pauseAt);
        }
        command.addAll(List.of(TenderImportNode.class.getName(), url, drop.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    /** Reads the node's output until a line, and keeps draining it so that the node never blocks on its output. */
    private static void awaitLine(Process node, String expected) throws InterruptedException {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(node.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException ended) {
                lines.add("(output closed: " + ended.getMessage() + ")");
            }
        }, "node output");
        reader.setDaemon(true);
        reader.start();
        List<String> seen = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (true) {
            String line = lines.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null) {
                node.destroyForcibly();
                throw new AssertionError("The node did not print \"" + expected + "\"; its last lines:\n"
                        + String.join("\n", seen.subList(Math.max(0, seen.size() - 40), seen.size())));
            }
            seen.add(line);
            if (line.equals(expected)) {
                return;
            }
        }
    }

    @AfterAll
    static void dropSchemas() {
        CLEANUPS.forEach(Runnable::run);
    }

    /** What an import leaves in the database, rows as text, in a stable order. */
    private record Snapshot(List<String> tenders, List<String> cpvCodes, List<String> deadLetters,
            List<String> fileLocks) {

        static Snapshot of(String database, String url) {
            try (Connection c = DriverManager.getConnection(url)) {
                return new Snapshot(
                        rows(c, "SELECT source, reference, title, description, buyer_name, buyer_siret, postcode, "
                                + "department, value_amount, value_currency, published_on, deadline, url, version "
                                + "FROM tender"),
                        rows(c, "SELECT t.reference, c.cpv_code, c.item_order FROM tender_cpv c "
                                + "JOIN tender t ON t.id = c.tender_id"),
                        rows(c, "SELECT route_id, item_key, reason, failure_type, retry_endpoint, status, item "
                                + "FROM dead_letter"),
                        rows(c, "SELECT repository, item_key FROM processed_item"));
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot read " + url + ": " + e.getMessage(), e);
            } finally {
                if ("derby".equals(database)) {
                    shutDownDerby(url);
                }
            }
        }

        private static List<String> rows(Connection c, String sql) throws SQLException {
            List<String> rows = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        row.append(i > 1 ? " | " : "").append(rs.getString(i));
                    }
                    rows.add(row.toString());
                }
            }
            rows.sort(null);
            return rows;
        }

        /** Lets the next node boot the embedded database this process opened. */
        private static void shutDownDerby(String url) {
            try {
                DriverManager.getConnection(url.replace(";create=true", "") + ";shutdown=true").close();
            } catch (SQLException expected) {
                assertThat(expected.getSQLState()).isEqualTo("08006");
            }
        }
    }
}
