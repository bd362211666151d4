package org.filiere.integration.camel.deadletter;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * An item an integration could not process.
 *
 * @param id            its identity
 * @param routeId       the route that failed
 * @param itemKey       the item's own key, when the route knows one (a session id, a file name)
 * @param item          the item as text (a record, a JSON document), or a description of it when too large
 * @param headers       the message headers worth keeping for a retry
 * @param reason        why it failed, in words staff understand
 * @param failureType   the class of the failure, for developers
 * @param retryEndpoint where a retry sends the item again, if it can be retried
 * @param failedAt      when it failed last
 * @param attempts      how many times it was tried and failed (redeliveries of one attempt not counted)
 * @param status        waiting, or being retried
 * @param version       for optimistic locking
 */
public record DeadLetter(DeadLetterId id, String routeId, Optional<String> itemKey, String item,
        Map<String, String> headers, String reason, String failureType, Optional<String> retryEndpoint,
        Instant failedAt, int attempts, Status status, long version) {

    /** Where a dead letter stands. */
    public enum Status {
        /** Waiting for staff to retry or discard it. */
        WAITING,
        /** Being tried again right now. */
        RETRYING
    }

    /** Whether a retry can send the item again. */
    public boolean retryable() {
        return retryEndpoint.isPresent();
    }
}
