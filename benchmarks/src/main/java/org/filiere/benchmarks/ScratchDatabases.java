package org.filiere.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.filiere.demo.DemoCluster;

/** Embedded Derby databases in folders of a temporary directory, deleted when the benchmark ends. */
final class ScratchDatabases implements AutoCloseable {

    private final Path root;

    ScratchDatabases(String name) throws IOException {
        this.root = Files.createTempDirectory("filiere-bench-" + name);
    }

    /** A file in the scratch directory. */
    Path file(String name) {
        return root.resolve(name);
    }

    /** The library on a new database in its own folder. */
    DemoCluster library(String folder) {
        return library(folder, Map.of());
    }

    /** The library on a new database in its own folder, with more settings. */
    DemoCluster library(String folder, Map<String, String> settings) {
        Map<String, String> all = new java.util.HashMap<>(settings);
        all.put("filiere.db.directory", root.resolve(folder).toString());
        return DemoCluster.start(all, "Claire Martin");
    }

    /**
     * A plain JDBC connection (not auto-committing) to a new database in its own folder, its schema made by the
     * library's migrations beforehand.
     */
    Connection plainJdbc(String folder) throws SQLException {
        try (DemoCluster schemaOnly = library(folder)) {
            schemaOnly.currentYear();
        }
        Connection connection = DriverManager.getConnection(url(folder));
        connection.setAutoCommit(false);
        return connection;
    }

    /**
     * The baseline's run: the copied rows inserted with plain JDBC into a new database in its own folder.
     *
     * @return the nanoseconds the inserts took, the schema's creation not counted
     */
    long timePlainInserts(TableCopy copy, String folder) throws SQLException {
        try (Connection c = plainJdbc(folder)) {
            long start = System.nanoTime();
            copy.insertInto(c);
            return System.nanoTime() - start;
        } finally {
            shutdown(folder);
        }
    }

    /** Shuts down the database of a folder opened with {@link #plainJdbc(String)}. */
    void shutdown(String folder) {
        try {
            DriverManager.getConnection(url(folder) + ";shutdown=true").close();
        } catch (SQLException expected) {
            // Derby reports a clean shutdown as an exception.
        }
    }

    private String url(String folder) {
        return "jdbc:derby:" + root.resolve(folder).resolve("filiere");
    }

    @Override
    public void close() {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
