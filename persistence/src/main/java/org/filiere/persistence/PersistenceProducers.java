package org.filiere.persistence;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The database settings from MicroProfile Config, and the start of the storage with the container. */
@ApplicationScoped
public class PersistenceProducers {

    private static final String JPA_PREFIX = "filiere.jpa.";

    @Inject
    @ConfigProperty(name = "filiere.db.url")
    Optional<String> url;

    @Inject
    @ConfigProperty(name = "filiere.db.directory")
    Optional<String> directory;

    @Inject
    @ConfigProperty(name = "filiere.db.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "filiere.db.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "filiere.db.pool-size", defaultValue = "10")
    int poolSize;

    @Inject
    @ConfigProperty(name = "filiere.db.schema-update", defaultValue = "true")
    boolean schemaUpdate;

    @Inject
    @ConfigProperty(name = "filiere.db.jta-data-source")
    Optional<String> jtaDataSource;

    @Inject
    @ConfigProperty(name = "filiere.db.non-jta-data-source")
    Optional<String> nonJtaDataSource;

    @Inject
    Config config;

    @Produces
    @Singleton
    DatabaseSettings databaseSettings() {
        Map<String, String> jpa = new HashMap<>();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith(JPA_PREFIX) && name.length() > JPA_PREFIX.length()) {
                config.getOptionalValue(name, String.class).ifPresent(v -> jpa.put(name.substring(JPA_PREFIX.length()), v));
            }
        }
        String jdbcUrl = url.filter(u -> !u.isBlank()).orElseGet(() -> DatabaseSettings.derbyUrl(
                directory.map(Path::of).orElseGet(() -> Path.of(System.getProperty("user.home"), ".filiere", "db"))));
        return new DatabaseSettings(jdbcUrl, user.filter(u -> !u.isBlank()), password, poolSize, schemaUpdate,
                jtaDataSource.filter(j -> !j.isBlank()), nonJtaDataSource.filter(j -> !j.isBlank()), jpa);
    }

    /** Starts the storage (and applies the migrations) as the container starts, so that a bad setting shows at once. */
    void startStorage(@Observes Startup startup, Storage storage) {
        storage.settings();
    }
}
