package org.filiere.persistence;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.filiere.kernel.Credentials;

/**
 * Where and how the library stores its data, read from MicroProfile Config:
 *
 * <table>
 * <caption>Configuration properties</caption>
 * <tr><th>property</th><th>default</th><th>meaning</th></tr>
 * <tr><td>{@code filiere.db.url}</td><td>embedded Derby under {@code filiere.db.directory}</td><td>JDBC URL
 * ({@code jdbc:postgresql://host/db} for PostgreSQL)</td></tr>
 * <tr><td>{@code filiere.db.directory}</td><td>{@code ~/.filiere/db}</td><td>folder of the embedded database</td></tr>
 * <tr><td>{@code filiere.db.user}, {@code filiere.db.password}</td><td>none</td><td>credentials</td></tr>
 * <tr><td>{@code filiere.db.pool-size}</td><td>10</td><td>most connections open at once</td></tr>
 * <tr><td>{@code filiere.db.schema-update}</td><td>true</td><td>apply the Liquibase migrations on start</td></tr>
 * <tr><td>{@code filiere.db.jta-data-source}</td><td>none</td><td>JNDI name of a container data source; when set,
 * transactions are the container's (JTA)</td></tr>
 * <tr><td>{@code filiere.db.non-jta-data-source}</td><td>none</td><td>under JTA, JNDI name of a non-transactional
 * container data source on the same database, for the modules that commit their own short transactions (dead
 * letters, idempotency, the outbox's relay)</td></tr>
 * <tr><td>{@code filiere.jpa.*}</td><td>none</td><td>passed to the JPA provider without the prefix, such as
 * {@code filiere.jpa.eclipselink.target-server}</td></tr>
 * </table>
 *
 * @param url             the JDBC URL
 * @param user            the user, if any
 * @param password        the password, if any
 * @param poolSize        most connections open at once
 * @param schemaUpdate    whether migrations run on start
 * @param jtaDataSource   the container data source, when transactions are JTA
 * @param nonJtaDataSource under JTA, the container's non-transactional data source, if any
 * @param jpaProperties   further properties for the JPA provider
 */
public record DatabaseSettings(String url, Optional<String> user, Optional<String> password, int poolSize,
        boolean schemaUpdate, Optional<String> jtaDataSource, Optional<String> nonJtaDataSource,
        Map<String, String> jpaProperties) {

    public DatabaseSettings {
        if (url == null || !url.startsWith("jdbc:")) {
            throw new IllegalArgumentException("filiere.db.url must be a JDBC URL, not '" + Credentials.masked(url)
                    + "'");
        }
        jpaProperties = Map.copyOf(jpaProperties);
        if (nonJtaDataSource.isPresent() && jtaDataSource.isEmpty()) {
            throw new IllegalArgumentException("filiere.db.non-jta-data-source is only read with "
                    + "filiere.db.jta-data-source: without JTA the library keeps its own pool");
        }
        if (poolSize < 1) {
            throw new IllegalArgumentException("filiere.db.pool-size must be at least 1, not " + poolSize);
        }
    }

    /** The embedded Derby database kept in a folder. */
    public static String derbyUrl(Path directory) {
        return "jdbc:derby:" + directory.toAbsolutePath().resolve("filiere") + ";create=true";
    }

    public boolean isDerby() {
        return url.startsWith("jdbc:derby:");
    }

    public boolean isInMemoryDerby() {
        return url.startsWith("jdbc:derby:memory:");
    }

    /** The URL without its attributes ({@code ;create=true}), for Derby's shutdown and drop commands. */
    String derbyDatabaseUrl() {
        int attributes = url.indexOf(';');
        return attributes < 0 ? url : url.substring(0, attributes);
    }
}
