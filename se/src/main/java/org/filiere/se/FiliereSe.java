package org.filiere.se;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

/**
 * Starts Filière in a Java SE application: a Weld SE container over the classpath, in which the library's
 * application services are beans. The frameworks under the library (Weld, Liquibase, EclipseLink, HikariCP,
 * SmallRye Config) report only warnings and errors, unless the application configured {@code java.util.logging}
 * itself (with {@code java.util.logging.config.file} or {@code java.util.logging.config.class}), in which case
 * its configuration is left as it is.
 *
 * <pre>{@code
 * try (WeldContainer container = FiliereSe.start()) {
 *     MembershipService memberships = container.select(MembershipService.class).get();
 * }
 * }</pre>
 */
public final class FiliereSe {

    /** The loggers of the frameworks the library runs on, whose start-up information is not the application's. */
    static final List<String> FRAMEWORK_LOGGERS = List.of("org.jboss.weld", "liquibase", "org.eclipse.persistence",
            "com.zaxxer.hikari", "io.smallrye.config", "org.apache.camel", "org.apache.derby");

    /** Held so that the levels set stay set: java.util.logging keeps its loggers only weakly. */
    private static final List<Logger> QUIETED = FRAMEWORK_LOGGERS.stream().map(Logger::getLogger).toList();

    private FiliereSe() {
    }

    /** A container over the whole classpath, configured by MicroProfile Config ({@code filiere.*} properties). */
    public static WeldContainer start() {
        return start(new Weld());
    }

    /** The given Weld, configured by the application (beans added, discovery narrowed...), initialised. */
    public static WeldContainer start(Weld weld) {
        quietFrameworks();
        return weld.initialize();
    }

    /**
     * Turns the frameworks' loggers down to warnings, unless the application configured java.util.logging itself.
     *
     * @return whether the levels were set
     */
    public static boolean quietFrameworks() {
        if (System.getProperty("java.util.logging.config.file") != null
                || System.getProperty("java.util.logging.config.class") != null) {
            return false;
        }
        QUIETED.forEach(logger -> logger.setLevel(Level.WARNING));
        return true;
    }
}
