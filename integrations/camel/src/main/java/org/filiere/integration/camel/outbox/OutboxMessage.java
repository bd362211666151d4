package org.filiere.integration.camel.outbox;

import java.time.Instant;
import java.util.Map;

/**
 * A message claimed from the outbox for relaying.
 *
 * @param id          its id (sent as the message id, so that receivers drop duplicates)
 * @param sequence    its place in the outbox: messages of one aggregate are relayed in this order
 * @param channel     the channel that relays it
 * @param aggregateId the aggregate it is about
 * @param type        what it says
 * @param payload     its body
 * @param headers     its properties
 * @param createdAt   when it was written
 * @param attempts    how many times a channel refused it already
 * @param nextAttemptAt when it may be sent (later than its creation after a refusal)
 */
public record OutboxMessage(String id, long sequence, String channel, String aggregateId, String type,
        String payload, Map<String, String> headers, Instant createdAt, int attempts, Instant nextAttemptAt) {

    public OutboxMessage {
        headers = Map.copyOf(headers);
    }
}
