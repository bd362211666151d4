package org.filiere.benchmarks;

import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessObserverMethod;

import org.eclipse.microprofile.config.spi.ConfigProviderResolver;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * One start and stop of a Weld SE container in a fresh JVM, for {@link BootBenchmark}: {@code full} starts the
 * library (storage on the embedded database in the given folder, migrations checked, JPA, Camel started eagerly);
 * {@code bare} discovers and deploys the same bean archives of the same classpath but leaves out the library's
 * start observers, so that nothing but Weld runs. Prints {@code BOOT_NANOS <n>}: from before the container is
 * made to after it stopped.
 */
public final class BootProbe {

    private BootProbe() {
    }

    public static void main(String[] args) {
        if (args.length != 2 || !("full".equals(args[0]) || "bare".equals(args[0]))) {
            System.err.println("usage: BootProbe full|bare DATABASE_FOLDER");
            System.exit(2);
        }
        LogManager.getLogManager().reset();
        Logger.getLogger("").setLevel(Level.OFF);
        long start = System.nanoTime();
        SmallRyeConfig config = new SmallRyeConfigBuilder().addDefaultSources().addDiscoveredConverters()
                .withSources(new PropertiesConfigSource(Map.of("filiere.db.directory", args[1],
                        "filiere.camel.start", "eager"), "boot-probe", 900)).build();
        ConfigProviderResolver.instance().registerConfig(config, Thread.currentThread().getContextClassLoader());
        Weld weld = new Weld();
        if ("bare".equals(args[0])) {
            weld.addExtension(new WithoutLibraryStart());
        }
        try (WeldContainer container = weld.initialize()) {
            if (!container.isRunning()) {
                throw new IllegalStateException("the container did not start");
            }
        }
        long elapsed = System.nanoTime() - start;
        System.out.println("BOOT_NANOS " + elapsed);
    }

    /** Leaves out the observers of the container's start that the library declares (storage, Camel). */
    public static final class WithoutLibraryStart implements Extension {

        void leaveOut(@Observes ProcessObserverMethod<Startup, ?> observer) {
            if (observer.getObserverMethod().getBeanClass().getName().startsWith("org.filiere.")) {
                observer.veto();
            }
        }
    }
}
