package org.filiere.demo;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.spi.ConfigProviderResolver;

import org.filiere.access.Acting;
import org.filiere.access.Actor;
import org.filiere.kernel.InvalidFieldException;
import org.filiere.persistence.Transactions;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * The demo's running library: a Weld SE container over the embedded database in the demo's folder, the staff who
 * act, and the year the demo is in. While it is open, the thread that opened it {@linkplain Acting acts} as the
 * staff member given with {@code --as}.
 */
public final class DemoCluster implements AutoCloseable {

    /** The association's staff: eight people, the director first. */
    public static final List<Actor> STAFF = List.of(
            Actor.director("helene-faure", "Hélène Faure"),
            Actor.staff("claire-martin", "Claire Martin"),
            Actor.staff("julien-morel", "Julien Morel"),
            Actor.staff("sophie-garnier", "Sophie Garnier"),
            Actor.staff("karim-benali", "Karim Benali"),
            Actor.staff("laura-chevalier", "Laura Chevalier"),
            Actor.staff("thomas-perrin", "Thomas Perrin"),
            Actor.staff("emilie-rousseau", "Émilie Rousseau"));

    private final WeldContainer weld;
    private final Config config;
    private final Actor actor;
    private final Acting.Scope acting;

    private DemoCluster(WeldContainer weld, Config config, Actor actor) {
        this.weld = weld;
        this.config = config;
        this.actor = actor;
        this.acting = Acting.as(actor);
    }

    /** The library on the embedded database kept in {@code dataDir}, unless the configuration names another one. */
    static DemoCluster start(Path dataDir, String actorName) {
        return start(Map.of("filiere.db.directory", dataDir.toAbsolutePath().toString()), actorName);
    }

    /**
     * The library with these settings under the usual configuration (system properties, environment,
     * {@code META-INF/microprofile-config.properties}), which wins over them.
     */
    public static DemoCluster start(Map<String, String> defaults, String actorName) {
        Config config = new SmallRyeConfigBuilder().addDefaultSources().addDiscoveredConverters()
                .withSources(new PropertiesConfigSource(defaults, "cluster-demo", 50)).build();
        ConfigProviderResolver resolver = ConfigProviderResolver.instance();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        resolver.releaseConfig(resolver.getConfig(loader));
        resolver.registerConfig(config, loader);
        Actor actor = staffMember(actorName);
        try {
            return new DemoCluster(new Weld().initialize(), config, actor);
        } catch (RuntimeException e) {
            resolver.releaseConfig(config);
            throw e;
        }
    }

    /**
     * The demo's staff member with this account id or name: the demo authenticates no one, so it only lets people it
     * knows act, each under their own id.
     */
    static Actor staffMember(String idOrName) {
        return STAFF.stream().filter(a -> a.id().value().equals(idOrName) || a.name().equals(idOrName)).findFirst()
                .orElseThrow(() -> new InvalidFieldException("The demo's command line", "--as", "names none of the"
                        + " demo's staff (" + STAFF.stream().map(a -> a.id() + " " + a.name())
                                .collect(Collectors.joining(", ")) + ")"));
    }

    /** A bean of the library. */
    public <T> T get(Class<T> type) {
        return weld.select(type).get();
    }

    /**
     * Runs several of the library's commands as one unit of work: they join one transaction and commit together,
     * so that the database writes its log once for all of them instead of once per command. Only for commands that
     * do not read back, under a lock, a record created earlier in the same unit.
     */
    public void inOneTransaction(Runnable commands) {
        get(Transactions.class).required(commands);
    }

    /** The staff member running the command. */
    public Actor actor() {
        return actor;
    }

    /** The association's director. */
    public Actor director() {
        return STAFF.get(0);
    }

    /** Today, in the association's time zone. */
    public LocalDate today() {
        return LocalDate.now(get(Clock.class));
    }

    public int currentYear() {
        return today().getYear();
    }

    /** The demo's data folder (where the embedded database lives, and where the tour writes its files). */
    public Path dataDirectory() {
        return Path.of(config.getValue("filiere.db.directory", String.class)).toAbsolutePath();
    }

    @Override
    public void close() {
        acting.close();
        try {
            weld.shutdown();
        } finally {
            ConfigProviderResolver.instance().releaseConfig(config);
        }
    }
}
