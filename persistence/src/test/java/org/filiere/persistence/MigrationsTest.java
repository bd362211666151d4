package org.filiere.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The migrations on start: applied in one Liquibase run on a fresh database, left out when the recorded
 * fingerprint says the same changelogs were applied, run again when a changelog is added, and applied once when
 * two nodes start together on one database.
 */
class MigrationsTest {

    private static final List<String> LIBRARY = List.of(Migrations.LIBRARY_CHANGELOG);
    private static final List<String> LIBRARY_AND_EXTRA = List.of(Migrations.LIBRARY_CHANGELOG,
            "db/changelog/test/extra.xml");

    static java.util.stream.Stream<TestDatabase> databases() {
        return Databases.derbyAndPostgres();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void shouldApplyTheChangelogsOnAFreshDatabaseAndRecordTheirFingerprint(TestDatabase database) throws Exception {
        Databases.assumeReachable(database);
        try (HikariDataSource dataSource = pool(database)) {
            assertThat(Migrations.apply(dataSource, LIBRARY)).isEqualTo(Migrations.Outcome.APPLIED);

            assertThat(count(dataSource, "select count(*) from member")).isZero();
            assertThat(count(dataSource, "select count(*) from filiere_schema_fingerprint")).isEqualTo(1);
            assertThat(count(dataSource, "select count(*) from databasechangelog")).isPositive();
        } finally {
            database.cleanup().run();
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void shouldLeaveLiquibaseOutWhenTheSameChangelogsWereApplied(TestDatabase database) throws Exception {
        Databases.assumeReachable(database);
        try (HikariDataSource dataSource = pool(database)) {
            Migrations.apply(dataSource, LIBRARY);
            long changeSets = count(dataSource, "select count(*) from databasechangelog");

            assertThat(Migrations.apply(dataSource, LIBRARY)).isEqualTo(Migrations.Outcome.UP_TO_DATE);
            assertThat(count(dataSource, "select count(*) from databasechangelog")).isEqualTo(changeSets);
        } finally {
            database.cleanup().run();
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void shouldApplyAChangelogAddedAfterTheSchemaWasRecorded(TestDatabase database) throws Exception {
        Databases.assumeReachable(database);
        try (HikariDataSource dataSource = pool(database)) {
            Migrations.apply(dataSource, LIBRARY);

            assertThat(Migrations.apply(dataSource, LIBRARY_AND_EXTRA)).isEqualTo(Migrations.Outcome.APPLIED);
            assertThat(count(dataSource, "select count(*) from extra_record")).isZero();
            assertThat(count(dataSource, "select count(*) from filiere_schema_fingerprint")).isEqualTo(2);
            assertThat(Migrations.apply(dataSource, LIBRARY_AND_EXTRA)).isEqualTo(Migrations.Outcome.UP_TO_DATE);
        } finally {
            database.cleanup().run();
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void shouldApplyTheChangesOnceWhenTwoNodesStartTogether(TestDatabase database) throws Exception {
        Databases.assumeReachable(database);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try (HikariDataSource first = pool(database); HikariDataSource second = pool(database)) {
            CyclicBarrier together = new CyclicBarrier(2);
            List<Future<Migrations.Outcome>> outcomes = new ArrayList<>();
            for (HikariDataSource node : List.of(first, second)) {
                outcomes.add(nodes.submit(() -> {
                    together.await(30, TimeUnit.SECONDS);
                    return Migrations.apply(node, LIBRARY_AND_EXTRA);
                }));
            }
            List<Migrations.Outcome> results = new ArrayList<>();
            for (Future<Migrations.Outcome> outcome : outcomes) {
                results.add(outcome.get(120, TimeUnit.SECONDS));
            }

            assertThat(results).containsExactlyInAnyOrder(Migrations.Outcome.APPLIED, Migrations.Outcome.UP_TO_DATE);
            assertThat(count(first, "select count(*) from (select id, filename from databasechangelog"
                    + " group by id, filename having count(*) > 1) twice")).isZero();
            assertThat(count(first, "select count(*) from filiere_schema_fingerprint")).isEqualTo(1);
            assertThat(count(first, "select count(*) from extra_record")).isZero();
        } finally {
            nodes.shutdownNow();
            database.cleanup().run();
        }
    }

    private static HikariDataSource pool(TestDatabase database) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(database.properties().get("filiere.db.url"));
        config.setMaximumPoolSize(2);
        config.setAutoCommit(false);
        return new HikariDataSource(config);
    }

    private static long count(HikariDataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            long count = rows.getLong(1);
            connection.rollback();
            return count;
        }
    }
}
