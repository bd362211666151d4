package org.filiere.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;

import com.zaxxer.hikari.HikariDataSource;

import org.filiere.kernel.Credentials;

/**
 * The library's database: a connection pool, the Liquibase migrations applied on start (unless switched off),
 * and the JPA entity manager factory. Embedded Derby is shut down cleanly when the container stops.
 */
@ApplicationScoped
public class Storage {

    /** The JPA persistence unit of the library. */
    public static final String PERSISTENCE_UNIT = "filiere";

    private static final Logger LOG = Logger.getLogger(Storage.class.getName());

    private final DatabaseSettings settings;
    private final Instance<SchemaChangelog> changelogs;
    private HikariDataSource dataSource;
    private DataSource containerNonJtaDataSource;
    private EntityManagerFactory entityManagerFactory;

    @Inject
    public Storage(DatabaseSettings settings, @Any Instance<SchemaChangelog> changelogs) {
        this.settings = settings;
        this.changelogs = changelogs;
    }

    /** For the CDI container's proxies. */
    protected Storage() {
        this(null, null);
    }

    @PostConstruct
    void start() {
        long started = System.nanoTime();
        if (settings.isDerby() && settings.jtaDataSource().isEmpty()) {
            quietDerby();
        }
        Map<String, Object> properties = new HashMap<>();
        properties.put("eclipselink.logging.logger", "JavaLogger");
        properties.put("eclipselink.session-name", PERSISTENCE_UNIT + "-" + UUID.randomUUID());
        StringBuilder phases = new StringBuilder();
        CompletableFuture<EntityManagerFactory> factory;
        if (settings.jtaDataSource().isPresent()) {
            DataSource containerDataSource = containerDataSource(settings.jtaDataSource().orElseThrow());
            containerNonJtaDataSource = settings.nonJtaDataSource().map(Storage::containerDataSource)
                    .map(ManualCommitDataSource::new).orElse(null);
            Jta.resolve();
            properties.put("jakarta.persistence.transactionType", "JTA");
            properties.put("jakarta.persistence.jtaDataSource", containerDataSource);
            properties.putAll(settings.jpaProperties());
            if (settings.schemaUpdate()) {
                long phase = System.nanoTime();
                Migrations.Outcome outcome = Migrations.apply(containerDataSource, changelogPaths());
                phases.append(" migrations ").append(outcome).append(' ').append(millisSince(phase)).append(" ms;");
            }
            factory = CompletableFuture.supplyAsync(() -> factory(properties), Runnable::run);
        } else {
            dataSource = pool(settings);
            properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
            properties.put("jakarta.persistence.nonJtaDataSource", dataSource);
            properties.putAll(settings.jpaProperties());
            // JPA reads its mapping while the database boots and the migrations are checked: it connects later.
            factory = CompletableFuture.supplyAsync(() -> factory(properties), Storage::inBackground);
            try {
                long phase = System.nanoTime();
                connect(dataSource, settings);
                phases.append(" database ").append(millisSince(phase)).append(" ms;");
                if (settings.schemaUpdate()) {
                    phase = System.nanoTime();
                    Migrations.Outcome outcome = Migrations.apply(dataSource, changelogPaths());
                    phases.append(" migrations ").append(outcome).append(' ').append(millisSince(phase)).append(" ms;");
                }
            } catch (RuntimeException e) {
                factory.thenAccept(EntityManagerFactory::close);
                stop();
                throw e;
            }
        }
        try {
            long phase = System.nanoTime();
            entityManagerFactory = factory.join();
            entityManagerFactory.createEntityManager().close();
            phases.append(" JPA ").append(millisSince(phase)).append(" ms");
        } catch (RuntimeException e) {
            stop();
            Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
            throw new PersistenceStartException(Credentials.masked("Cannot start JPA on " + settings.url() + ": "
                    + cause.getMessage()), cause);
        }
        LOG.fine(() -> "Storage started in " + millisSince(started) + " ms:" + phases);
    }

    /**
     * A container's data source: the one named by {@code filiere.db.jta-data-source}, for the migrations and for JPA
     * (given as an object, not a name, as not every container's naming accepts the name EclipseLink composes), or
     * the non-transactional one of {@code filiere.db.non-jta-data-source}. Looked up once, on the thread that starts
     * the storage, so that threads the container does not manage reach it too.
     */
    private static DataSource containerDataSource(String name) {
        try {
            return (DataSource) new InitialContext().lookup(name);
        } catch (NamingException | ClassCastException e) {
            throw new PersistenceStartException("Cannot find the container's data source " + name + ": "
                    + e.getMessage(), e);
        }
    }

    private static EntityManagerFactory factory(Map<String, Object> properties) {
        return Persistence.createEntityManagerFactory(PERSISTENCE_UNIT, properties);
    }

    private static void inBackground(Runnable work) {
        Thread thread = new Thread(work, "filiere-jpa-start");
        thread.setDaemon(true);
        thread.setContextClassLoader(Thread.currentThread().getContextClassLoader());
        thread.start();
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    private List<String> changelogPaths() {
        List<String> paths = new ArrayList<>();
        paths.add(Migrations.LIBRARY_CHANGELOG);
        List<SchemaChangelog> contributed = new ArrayList<>();
        changelogs.forEach(contributed::add);
        contributed.sort(Comparator.comparingInt(SchemaChangelog::order).thenComparing(SchemaChangelog::path));
        contributed.forEach(c -> paths.add(c.path()));
        return paths;
    }

    /** The pool, not connected yet: {@link #connect} opens its first connection. */
    private static HikariDataSource pool(DatabaseSettings settings) {
        HikariDataSource pool = new HikariDataSource();
        pool.setPoolName("filiere");
        pool.setJdbcUrl(settings.url());
        settings.user().ifPresent(pool::setUsername);
        settings.password().ifPresent(pool::setPassword);
        pool.setMaximumPoolSize(settings.poolSize());
        pool.setMinimumIdle(Math.min(2, settings.poolSize()));
        pool.setAutoCommit(false);
        pool.setConnectionTimeout(60_000);
        return pool;
    }

    private static void connect(HikariDataSource pool, DatabaseSettings settings) {
        try (Connection connection = pool.getConnection()) {
            connection.rollback();
        } catch (SQLException | RuntimeException e) {
            throw new PersistenceStartException(Credentials.masked("Cannot connect to " + settings.url() + ": "
                    + rootMessage(e)), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    /** Keeps Derby's engine log out of the working directory unless the embedding application chose a place. */
    private void quietDerby() {
        if (System.getProperty("derby.stream.error.file") == null
                && System.getProperty("derby.stream.error.method") == null
                && System.getProperty("derby.stream.error.field") == null) {
            System.setProperty("derby.stream.error.method", DerbyLog.class.getName() + ".discard");
        }
    }

    @PreDestroy
    void stop() {
        if (entityManagerFactory != null && entityManagerFactory.isOpen()) {
            entityManagerFactory.close();
        }
        if (dataSource != null) {
            dataSource.close();
        }
        if (settings.isDerby() && settings.jtaDataSource().isEmpty()) {
            String command = settings.isInMemoryDerby() ? ";drop=true" : ";shutdown=true";
            try {
                DriverManager.getConnection(settings.derbyDatabaseUrl() + command).close();
            } catch (SQLException expected) {
                // Derby reports a successful shutdown or drop as an SQLException (08006).
                if (!"08006".equals(expected.getSQLState())) {
                    LOG.log(Level.FINE, "Derby did not shut down cleanly", expected);
                }
            }
        }
    }

    public DatabaseSettings settings() {
        return settings;
    }

    /**
     * The data source of the modules that work in plain JDBC and commit their own short transactions (idempotency,
     * dead letters, the outbox's relay): the library's pool, or under JTA the container's non-transactional data
     * source named by {@code filiere.db.non-jta-data-source}, whose connections never join the container's
     * transaction. Its connections do not auto-commit.
     *
     * @throws IllegalStateException under JTA when no non-transactional data source is configured
     */
    public DataSource dataSource() {
        if (dataSource != null) {
            return dataSource;
        }
        if (containerNonJtaDataSource != null) {
            return containerNonJtaDataSource;
        }
        throw new IllegalStateException("Under JTA the data source is the container's ("
                + settings.jtaDataSource().orElse("") + "); the work that commits on its own needs a "
                + "non-transactional one, named by filiere.db.non-jta-data-source");
    }

    public EntityManagerFactory entityManagerFactory() {
        return entityManagerFactory;
    }
}
