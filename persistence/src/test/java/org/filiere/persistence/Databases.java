package org.filiere.persistence;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

/**
 * The databases a persistence test runs on, saying so when the PostgreSQL variant cannot run: embedded Derby
 * always; PostgreSQL when {@code FILIERE_TEST_POSTGRES_URL} names a database, and otherwise a variant that is
 * skipped with its reason (shown by the test report and printed).
 */
public final class Databases {

    private static final String NOT_CONFIGURED = "postgresql (not configured)";

    private Databases() {
    }

    /** Derby, and PostgreSQL or the reason it does not run. */
    public static Stream<TestDatabase> derbyAndPostgres() {
        return Stream.concat(Stream.of(TestDatabase.derby()), Stream.of(TestDatabase.postgres()
                .orElseGet(() -> new TestDatabase(NOT_CONFIGURED, Map.of(), () -> {
                }))));
    }

    /** Skips the test, saying why, when its database is the PostgreSQL that is not configured. */
    public static void assumeReachable(TestDatabase database) {
        if (NOT_CONFIGURED.equals(database.name())) {
            String reason = "PostgreSQL variant not run: set " + TestDatabase.POSTGRES_URL
                    + " (jdbc:postgresql://127.0.0.1:5432/<database>?user=postgres) to run it";
            System.err.println(reason);
            Assumptions.assumeTrue(false, reason);
        }
    }
}
