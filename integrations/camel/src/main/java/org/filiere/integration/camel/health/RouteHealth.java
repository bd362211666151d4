package org.filiere.integration.camel.health;

import java.time.Instant;
import java.util.Optional;

/**
 * How a route is doing.
 *
 * @param routeId       the route
 * @param state         Camel's state of the route ({@code Started}, {@code Stopped}, {@code Suspended}, ...)
 * @param lastSuccess   the last item it processed, on this node
 * @param lastFailure   the last item that failed, on this node
 * @param lastReason    why that one failed
 * @param deadLetters   the items of the route waiting in the dead letters (all nodes)
 */
public record RouteHealth(String routeId, String state, Optional<Instant> lastSuccess, Optional<Instant> lastFailure,
        Optional<String> lastReason, long deadLetters) {

    /** Started, and no more failures than the dead letters already hold. */
    public boolean healthy() {
        return "Started".equals(state) && (lastFailure.isEmpty()
                || lastSuccess.isPresent() && lastSuccess.get().isAfter(lastFailure.get()));
    }
}
