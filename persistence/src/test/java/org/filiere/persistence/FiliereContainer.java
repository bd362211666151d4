package org.filiere.persistence;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.spi.ConfigProviderResolver;
import org.filiere.access.Acting;
import org.filiere.fixtures.Fixtures;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * The library as an embedding application runs it: a Weld SE container discovering core and persistence, with
 * its configuration pointing at a test database. While it is open, the thread that started it {@linkplain Acting acts}
 * as a member of staff; a test checking someone else's rights opens an {@link Acting} scope of its own.
 */
public final class FiliereContainer implements AutoCloseable {

    private final WeldContainer weld;
    private final SmallRyeConfig config;
    private final TestDatabase database;
    private final Acting.Scope acting;

    private FiliereContainer(WeldContainer weld, SmallRyeConfig config, TestDatabase database) {
        this.weld = weld;
        this.config = config;
        this.database = database;
        this.acting = Acting.as(Fixtures.aStaffMember());
    }

    /** Starts the library on a database, with extra bean classes (observers, test doubles) and settings. */
    public static FiliereContainer start(TestDatabase database, Map<String, String> settings, Class<?>... beans) {
        Map<String, String> properties = new HashMap<>(database.properties());
        properties.putAll(settings);
        SmallRyeConfig config = new SmallRyeConfigBuilder().addDefaultSources().addDiscoveredConverters()
                .withSources(new PropertiesConfigSource(properties, "test", 900)).build();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        ConfigProviderResolver resolver = ConfigProviderResolver.instance();
        try {
            resolver.releaseConfig(resolver.getConfig(loader));
        } catch (RuntimeException ignored) {
            // no configuration was registered yet
        }
        resolver.registerConfig(config, loader);
        try {
            WeldContainer weld = new Weld(UUID.randomUUID().toString()).addBeanClasses(beans).initialize();
            return new FiliereContainer(weld, config, database);
        } catch (RuntimeException e) {
            resolver.releaseConfig(config);
            database.cleanup().run();
            throw e;
        }
    }

    public static FiliereContainer start(TestDatabase database, Class<?>... beans) {
        return start(database, Map.of(), beans);
    }

    /** The bean of a type. */
    public <T> T get(Class<T> type) {
        return weld.select(type).get();
    }

    @Override
    public void close() {
        acting.close();
        try {
            weld.shutdown();
        } finally {
            ConfigProviderResolver.instance().releaseConfig(config);
            database.cleanup().run();
        }
    }
}
