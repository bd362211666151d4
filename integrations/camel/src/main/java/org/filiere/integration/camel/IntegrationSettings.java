package org.filiere.integration.camel;

import java.time.Duration;

import org.eclipse.microprofile.config.Config;

/**
 * The settings every integration shares, read from MicroProfile Config under {@code filiere.integration.<name>.}:
 *
 * <table>
 * <caption>Configuration properties</caption>
 * <tr><th>property</th><th>default</th><th>meaning</th></tr>
 * <tr><td>{@code enabled}</td><td>true</td><td>whether the integration's routes run</td></tr>
 * <tr><td>{@code redelivery.maximum}</td><td>3</td><td>further attempts after a transient failure</td></tr>
 * <tr><td>{@code redelivery.delay}</td><td>PT1S</td><td>wait before the first further attempt</td></tr>
 * <tr><td>{@code redelivery.multiplier}</td><td>2</td><td>each wait is this many times the previous one</td></tr>
 * <tr><td>{@code redelivery.maximum-delay}</td><td>PT1M</td><td>longest wait</td></tr>
 * </table>
 */
public final class IntegrationSettings {

    /** The property that says when Camel starts. */
    public static final String CAMEL_START = "filiere.camel.start";

    private final Config config;

    public IntegrationSettings(Config config) {
        this.config = config;
    }

    /** The property that switches an integration on or off. */
    public static String enabledKey(String integration) {
        return prefix(integration) + "enabled";
    }

    static String prefix(String integration) {
        return "filiere.integration." + integration + ".";
    }

    /** When the library's Camel starts: {@code filiere.camel.start}, {@code never} if Camel is switched off. */
    CamelStart camelStart() {
        if (!config.getOptionalValue("filiere.camel.enabled", Boolean.class).orElse(true)) {
            return CamelStart.NEVER;
        }
        return config.getOptionalValue(CAMEL_START, String.class).map(CamelStart::parse).orElse(CamelStart.EAGER);
    }

    /** Whether the integration's routes run. */
    public boolean enabled(String integration) {
        return config.getOptionalValue(enabledKey(integration), Boolean.class).orElse(true);
    }

    /** How the integration's transient failures are tried again. */
    public Redelivery redelivery(String integration) {
        String p = prefix(integration) + "redelivery.";
        return new Redelivery(
                config.getOptionalValue(p + "maximum", Integer.class).orElse(3),
                config.getOptionalValue(p + "delay", Duration.class).orElse(Duration.ofSeconds(1)),
                config.getOptionalValue(p + "multiplier", Double.class).orElse(2.0),
                config.getOptionalValue(p + "maximum-delay", Duration.class).orElse(Duration.ofMinutes(1)));
    }

    /**
     * How transient failures are tried again: up to {@code maximum} further attempts, waiting {@code delay}, then
     * each time {@code multiplier} times longer, never more than {@code maximumDelay}.
     *
     * @param maximum      further attempts
     * @param delay        first wait
     * @param multiplier   growth of the wait
     * @param maximumDelay longest wait
     */
    public record Redelivery(int maximum, Duration delay, double multiplier, Duration maximumDelay) {

        public Redelivery {
            if (maximum < 0) {
                throw new IllegalArgumentException("redelivery.maximum cannot be negative: " + maximum);
            }
            if (multiplier < 1) {
                throw new IllegalArgumentException("redelivery.multiplier must be at least 1: " + multiplier);
            }
        }
    }

    /** When the library's Camel starts. */
    public enum CamelStart {
        /** As the container starts: the routes consume and poll from then on. */
        EAGER("eager"),
        /** The first time a bean asks for the CamelContext or a ProducerTemplate. */
        ON_DEMAND("on-demand"),
        /** Not at all: no route runs. */
        NEVER("never");

        private final String value;

        CamelStart(String value) {
            this.value = value;
        }

        /** The value as written in the configuration. */
        public String value() {
            return value;
        }

        static CamelStart parse(String value) {
            for (CamelStart start : values()) {
                if (start.value.equalsIgnoreCase(value.strip())) {
                    return start;
                }
            }
            throw new IllegalArgumentException(CAMEL_START + " must be eager, on-demand or never, not '" + value + "'");
        }
    }
}
