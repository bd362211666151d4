package org.filiere.integration.camel.deadletter;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * What the store keeps of a failure, before it has an id.
 *
 * @param routeId       the route that failed
 * @param itemKey       the item's own key, if known
 * @param item          the item as text
 * @param headers       headers worth keeping
 * @param reason        why it failed
 * @param failureType   the failure's class
 * @param retryEndpoint where a retry sends the item, if anywhere
 * @param failedAt      when
 */
public record NewDeadLetter(String routeId, Optional<String> itemKey, String item, Map<String, String> headers,
        String reason, String failureType, Optional<String> retryEndpoint, Instant failedAt) {
}
