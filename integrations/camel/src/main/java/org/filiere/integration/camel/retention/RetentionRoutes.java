package org.filiere.integration.camel.retention;

import java.time.Duration;

import jakarta.enterprise.context.Dependent;

import org.eclipse.microprofile.config.ConfigProvider;
import org.filiere.integration.camel.IntegrationRouteBuilder;
import org.filiere.privacy.application.RetentionJob;

/**
 * Applies the retention rules ({@link RetentionJob}) on a schedule: once a period, first one delay after the start.
 *
 * <table>
 * <caption>Configuration properties ({@code filiere.integration.retention.})</caption>
 * <tr><th>property</th><th>default</th><th>meaning</th></tr>
 * <tr><td>{@code period}</td><td>{@code P1D}</td><td>how often the rules are applied</td></tr>
 * <tr><td>{@code delay}</td><td>{@code PT10M}</td><td>how long after the start the first run waits</td></tr>
 * <tr><td>{@code enabled}</td><td>{@code true}</td><td>false leaves the schedule out (the rules can still be
 * applied by staff through {@code RetentionService})</td></tr>
 * </table>
 */
@Dependent
public class RetentionRoutes extends IntegrationRouteBuilder {

    /** The integration's name in configuration keys. */
    public static final String NAME = "retention";

    public RetentionRoutes() {
        super(NAME);
    }

    @Override
    protected void routes() {
        long period = duration("period", Duration.ofDays(1));
        long delay = duration("delay", Duration.ofMinutes(10));
        from("timer:retention?delay=" + delay + "&period=" + period).routeId("retention")
                .policy(actingAsSystem())
                .bean(RetentionJob.class, "run");
    }

    private long duration(String key, Duration fallback) {
        return ConfigProvider.getConfig().getOptionalValue(settingKey(key), Duration.class).orElse(fallback)
                .toMillis();
    }
}
