package org.filiere.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;

import javax.sql.DataSource;

import liquibase.Scope;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.lockservice.LockService;
import liquibase.lockservice.LockServiceFactory;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * Applies the Liquibase changelogs to the database: the library's own first, then the modules' ones, in one
 * Liquibase run. Once a set of changelogs is applied, its fingerprint (see {@link ChangelogFingerprint}) is recorded
 * in {@code filiere_schema_fingerprint}; a later start with the same set reads that one row and leaves Liquibase
 * out. When the fingerprint is not there, the decision is taken again under Liquibase's lock, so that nodes
 * starting at once on one database apply the changes once. Liquibase keeps its lock services in JVM-wide singletons,
 * which one run resets when it ends: runs in one JVM (two storages on one database, in one server) therefore take
 * turns on a JVM lock as well, and Liquibase's database lock keeps runs of different JVMs apart.
 *
 * <p>Liquibase reads the changelogs without checking them against its XML schema
 * ({@code liquibase.validateXmlChangelogFiles=false} unless the JVM says otherwise): they are the library's own,
 * checked against that schema by the build, and the check would make every first start slower.
 */
final class Migrations {

    static final String LIBRARY_CHANGELOG = "db/changelog/filiere.xml";

    static final String VALIDATE_XML = "liquibase.validateXmlChangelogFiles";

    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());
    private static final ReentrantLock ONE_RUN_PER_JVM = new ReentrantLock();
    private static final String SELECT_FINGERPRINT =
            "select count(*) from filiere_schema_fingerprint where fingerprint = ?";
    private static final String INSERT_FINGERPRINT =
            "insert into filiere_schema_fingerprint (fingerprint, applied_at) values (?, ?)";

    /** What a start found. */
    enum Outcome {
        /** The fingerprint of these changelogs was recorded: nothing to apply, Liquibase left out. */
        UP_TO_DATE,
        /** Liquibase ran (and applied whatever the database did not have yet). */
        APPLIED
    }

    private Migrations() {
    }

    static Outcome apply(DataSource dataSource, List<String> changelogs) {
        ClassLoader loader = Migrations.class.getClassLoader();
        Optional<String> fingerprint = ChangelogFingerprint.of(changelogs, loader);
        try (Connection connection = dataSource.getConnection()) {
            if (fingerprint.isPresent() && recorded(connection, fingerprint.get())) {
                return Outcome.UP_TO_DATE;
            }
            ONE_RUN_PER_JVM.lock();
            try {
                return update(connection, changelogs, fingerprint, loader);
            } finally {
                ONE_RUN_PER_JVM.unlock();
            }
        } catch (SQLException e) {
            throw new PersistenceStartException("Cannot connect to the database to apply the migrations: "
                    + e.getMessage(), e);
        }
    }

    private static Outcome update(Connection connection, List<String> changelogs, Optional<String> fingerprint,
            ClassLoader loader) {
        defaultProperty("liquibase.analytics.enabled", "false");
        defaultProperty(VALIDATE_XML, "false");
        CombinedChangelog combined = new CombinedChangelog(changelogs, new ClassLoaderResourceAccessor(loader));
        Map<String, Object> scope = Map.of(
                Scope.Attr.resourceAccessor.name(), combined,
                Scope.Attr.ui.name(), new LoggerUIService(),
                Scope.Attr.classLoader.name(), loader);
        try {
            return Scope.child(scope, () -> {
                Database database = DatabaseFactory.getInstance()
                        .findCorrectDatabaseImplementation(new JdbcConnection(connection));
                LockService lock = LockServiceFactory.getInstance().getLockService(database);
                lock.waitForLock();
                try {
                    if (fingerprint.isPresent() && recorded(connection, fingerprint.get())) {
                        return Outcome.UP_TO_DATE;
                    }
                    new CommandScope(UpdateCommandStep.COMMAND_NAME)
                            .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                            .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, CombinedChangelog.PATH)
                            .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY_OUTPUT, UpdateSummaryOutputEnum.LOG)
                            .execute();
                    if (fingerprint.isPresent()) {
                        record(connection, fingerprint.get());
                    }
                    return Outcome.APPLIED;
                } finally {
                    if (lock.hasChangeLogLock()) {
                        lock.releaseLock();
                    }
                    LockServiceFactory.getInstance().resetAll();
                }
            });
        } catch (Exception e) {
            throw new PersistenceStartException("The database migrations failed: " + e.getMessage(), e);
        }
    }

    private static void defaultProperty(String name, String value) {
        if (System.getProperty(name) == null) {
            System.setProperty(name, value);
        }
    }

    /**
     * Whether this fingerprint was recorded. A database where the table does not exist yet (or cannot be read)
     * has recorded nothing; Liquibase then runs and says what is wrong, if anything is.
     */
    private static boolean recorded(Connection connection, String fingerprint) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT_FINGERPRINT)) {
            select.setString(1, fingerprint);
            try (ResultSet rows = select.executeQuery()) {
                boolean found = rows.next() && rows.getInt(1) > 0;
                endTransaction(connection, true);
                return found;
            }
        } catch (SQLException e) {
            LOG.fine(() -> "No recorded schema fingerprint: " + e.getMessage());
            endTransaction(connection, false);
            return false;
        }
    }

    private static void record(Connection connection, String fingerprint) throws SQLException {
        if (recorded(connection, fingerprint)) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT_FINGERPRINT)) {
            insert.setString(1, fingerprint);
            insert.setTimestamp(2, Timestamp.from(Instant.now()));
            insert.executeUpdate();
            endTransaction(connection, true);
        } catch (SQLException e) {
            endTransaction(connection, false);
            if (!recorded(connection, fingerprint)) {
                throw e;
            }
        }
    }

    private static void endTransaction(Connection connection, boolean commit) throws SQLException {
        if (!connection.getAutoCommit()) {
            if (commit) {
                connection.commit();
            } else {
                connection.rollback();
            }
        }
    }
}
