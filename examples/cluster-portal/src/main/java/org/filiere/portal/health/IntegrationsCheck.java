package org.filiere.portal.health;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.apache.camel.CamelContext;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import org.filiere.integration.camel.health.IntegrationHealth;
import org.filiere.integration.camel.health.RouteHealth;
import org.filiere.integration.camel.outbox.OutboxChannel;

/**
 * The integrations' readiness: the library's Camel context has started and every route of it runs. Each route is
 * listed with its state and the items of it waiting in the dead letters; failed items alone do not make the portal
 * unready, since the route still takes the next ones (staff see and retry them at {@code /staff/integrations}). It
 * also says whether the outbox's relay delivers through any channel: without a broker it is idle and the messages
 * wait.
 */
@Readiness
@ApplicationScoped
public class IntegrationsCheck implements HealthCheck {

    private static final String STARTED = "Started";

    private final CamelContext camel;
    private final IntegrationHealth integrations;
    private final Instance<OutboxChannel> channels;

    @Inject
    public IntegrationsCheck(CamelContext camel, IntegrationHealth integrations,
            @Any Instance<OutboxChannel> channels) {
        this.camel = camel;
        this.integrations = integrations;
        this.channels = channels;
    }

    /** For the CDI container's proxies. */
    protected IntegrationsCheck() {
        this(null, null, null);
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder check = HealthCheckResponse.named("integrations")
                .withData("camel", camel.getStatus().name()).withData("outbox", outbox());
        if (!camel.getStatus().isStarted()) {
            return check.down().build();
        }
        try {
            List<RouteHealth> routes = integrations.routes();
            routes.forEach(r -> check.withData(r.routeId(), r.state() + ", " + r.deadLetters() + " dead letters"));
            return check.status(!routes.isEmpty() && routes.stream().allMatch(r -> STARTED.equals(r.state())))
                    .build();
        } catch (RuntimeException e) {
            return check.down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }

    /** Which outbox channels the relay delivers through; none configured (no broker) leaves it idle. */
    private String outbox() {
        List<String> configured = channels.stream().filter(OutboxChannel::configured).map(OutboxChannel::name)
                .sorted().toList();
        return configured.isEmpty() ? "idle: no channel configured (no broker, no provider's address), messages wait"
                : "relaying through " + String.join(", ", configured);
    }
}
