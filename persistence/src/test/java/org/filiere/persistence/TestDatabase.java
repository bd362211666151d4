package org.filiere.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A database a test runs against: a fresh in-memory Derby always, and a fresh schema of the PostgreSQL named by
 * {@code FILIERE_TEST_POSTGRES_URL} when that variable is set.
 *
 * @param name       for test reports
 * @param properties the {@code filiere.db.*} configuration that reaches it
 * @param cleanup    what to do once the test is over
 */
public record TestDatabase(String name, Map<String, String> properties, Runnable cleanup) {

    /** The environment variable naming a PostgreSQL database for tests ({@code jdbc:postgresql://...}). */
    public static final String POSTGRES_URL = "FILIERE_TEST_POSTGRES_URL";

    /** A fresh in-memory Derby database. */
    public static TestDatabase derby() {
        String name = "t" + UUID.randomUUID().toString().replace("-", "");
        return new TestDatabase("derby", Map.of("filiere.db.url", "jdbc:derby:memory:" + name + ";create=true"), () -> {
        });
    }

    /** A fresh schema in the configured PostgreSQL, if one is configured. */
    public static Optional<TestDatabase> postgres() {
        String url = System.getenv(POSTGRES_URL);
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        String schema = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        execute(url, "CREATE SCHEMA " + schema);
        String schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return Optional.of(new TestDatabase("postgresql", Map.of("filiere.db.url", schemaUrl),
                () -> execute(url, "DROP SCHEMA " + schema + " CASCADE")));
    }

    /** Every database the tests should run on here. */
    public static Stream<TestDatabase> all() {
        return Stream.concat(Stream.of(derby()), postgres().stream());
    }

    private static void execute(String url, String sql) {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot run '" + sql + "' on " + url + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
