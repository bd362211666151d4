package org.filiere.integration.camel.health;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.ServiceStatus;
import org.filiere.integration.camel.deadletter.DeadLetterStore;

/** The health view: every route of the library's CamelContext with its state, activity and dead letters. */
@ApplicationScoped
public class IntegrationHealth {

    private final CamelContext camel;
    private final RouteActivity activity;
    private final DeadLetterStore deadLetters;

    @Inject
    public IntegrationHealth(CamelContext camel, RouteActivity activity, DeadLetterStore deadLetters) {
        this.camel = camel;
        this.activity = activity;
        this.deadLetters = deadLetters;
    }

    /** For the CDI container's proxies. */
    protected IntegrationHealth() {
        this(null, null, null);
    }

    /** Every route, by id. */
    public List<RouteHealth> routes() {
        Map<String, Long> counts = deadLetters.countByRoute();
        return camel.getRoutes().stream().map(Route::getRouteId).sorted(Comparator.naturalOrder())
                .map(id -> health(id, counts.getOrDefault(id, 0L))).toList();
    }

    /** One route, if it exists. */
    public Optional<RouteHealth> route(String routeId) {
        if (camel.getRoute(routeId) == null) {
            return Optional.empty();
        }
        return Optional.of(health(routeId, deadLetters.countByRoute().getOrDefault(routeId, 0L)));
    }

    private RouteHealth health(String routeId, long deadLetterCount) {
        ServiceStatus status = camel.getRouteController().getRouteStatus(routeId);
        Optional<RouteActivity.Failure> failure = activity.lastFailure(routeId);
        return new RouteHealth(routeId, status == null ? "Unknown" : status.name(), activity.lastSuccess(routeId),
                failure.map(RouteActivity.Failure::at), failure.map(RouteActivity.Failure::reason), deadLetterCount);
    }
}
