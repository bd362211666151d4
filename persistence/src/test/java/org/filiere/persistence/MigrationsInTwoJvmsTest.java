package org.filiere.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.lockservice.LockService;
import liquibase.lockservice.LockServiceFactory;

/**
 * Two nodes in two JVMs starting together on one PostgreSQL database apply the changes once: Liquibase's database
 * lock keeps them apart, where {@link MigrationsTest} runs its two nodes in one JVM. The test holds the lock as a
 * third node would until both nodes say they wait for it, then lets them race for it. Embedded Derby has no such case
 * (a database is opened by one JVM at a time), so the test runs on PostgreSQL only, and says so when none is set.
 */
class MigrationsInTwoJvmsTest {

    @Test
    void shouldApplyTheChangesOnceWhenTwoJvmsStartTogether() throws Exception {
        Optional<TestDatabase> postgres = TestDatabase.postgres();
        if (postgres.isEmpty()) {
            String reason = "Migrations in two JVMs not run: it needs PostgreSQL (embedded Derby is opened by one JVM"
                    + " at a time); set " + TestDatabase.POSTGRES_URL + " to run it";
            System.err.println(reason);
            Assumptions.assumeTrue(false, reason);
        }
        TestDatabase database = postgres.get();
        String url = database.properties().get("filiere.db.url");
        List<Process> nodes = new ArrayList<>();
        try (Connection holder = DriverManager.getConnection(url)) {
            LockService thirdNode = LockServiceFactory.getInstance().getLockService(
                    DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(holder)));
            thirdNode.waitForLock();
            List<BlockingQueue<String>> outputs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Process node = node(url);
                nodes.add(node);
                outputs.add(lines(node));
            }
            for (BlockingQueue<String> output : outputs) {
                awaitLine(output, "READY");
            }
            for (Process node : nodes) {
                OutputStream go = node.getOutputStream();
                go.write("go\n".getBytes(StandardCharsets.UTF_8));
                go.flush();
            }
            for (BlockingQueue<String> output : outputs) {
                awaitLine(output, "Waiting for changelog lock");
            }
            thirdNode.releaseLock();
            LockServiceFactory.getInstance().resetAll();
            List<String> outcomes = new ArrayList<>();
            for (BlockingQueue<String> output : outputs) {
                String line = awaitLine(output, "OUTCOME ");
                outcomes.add(line.substring(line.indexOf("OUTCOME ") + "OUTCOME ".length()));
            }

            assertThat(outcomes).as("both nodes waited on Liquibase's lock; one applied, the other found it done")
                    .containsExactlyInAnyOrder("APPLIED", "UP_TO_DATE");
            assertThat(count(url, "select count(*) from (select id, filename from databasechangelog"
                    + " group by id, filename having count(*) > 1) twice")).isZero();
            assertThat(count(url, "select count(*) from filiere_schema_fingerprint")).isEqualTo(1);
            assertThat(count(url, "select count(*) from extra_record")).isZero();
        } finally {
            nodes.forEach(Process::destroyForcibly);
            database.cleanup().run();
        }
    }

    private static Process node(String url) throws IOException {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-Dliquibase.changeLogLockPollRate=1", "-cp", System.getProperty("java.class.path"),
                MigrationNode.class.getName(), url)
                .redirectErrorStream(true).start();
    }

    /** The node's output lines, read on a thread of their own so that the node never blocks on its output. */
    private static BlockingQueue<String> lines(Process node) {
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
            lines.add("(node ended)");
        }, "migration node output");
        reader.setDaemon(true);
        reader.start();
        return lines;
    }

    /** The first line of the node's output that contains the text; what it printed before is kept for the failure. */
    private static String awaitLine(BlockingQueue<String> output, String text) throws InterruptedException {
        List<String> seen = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (true) {
            String line = output.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null || line.equals("(node ended)")) {
                throw new AssertionError("The node did not print \"" + text + "\"; its last lines:\n"
                        + String.join("\n", seen.subList(Math.max(0, seen.size() - 40), seen.size())));
            }
            if (line.contains(text)) {
                return line;
            }
            seen.add(line);
        }
    }

    private static long count(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
