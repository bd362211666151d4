package org.filiere.integration.camel.outbox;

import java.util.Map;
import java.util.UUID;

/**
 * A message to put in the outbox.
 *
 * @param id          its id, unique for ever: receivers drop a message whose id they have seen (a domain event's id)
 * @param channel     the channel that relays it
 * @param aggregateId the aggregate it is about: messages of one aggregate are relayed in the order written
 * @param type        what it says, such as {@code EventPublished}
 * @param payload     its body (JSON)
 * @param headers     its properties, names made of letters, digits and underscores
 */
public record NewOutboxMessage(UUID id, String channel, String aggregateId, String type, String payload,
        Map<String, String> headers) {

    public NewOutboxMessage {
        require(id != null, "id", "is missing");
        require(channel != null && !channel.isBlank() && channel.length() <= 100, "channel",
                "must have 1 to 100 characters");
        require(aggregateId != null && !aggregateId.isBlank() && aggregateId.length() <= 255, "aggregateId",
                "must have 1 to 255 characters");
        require(type != null && !type.isBlank() && type.length() <= 100, "type", "must have 1 to 100 characters");
        require(payload != null, "payload", "is missing");
        headers = Map.copyOf(headers);
        headers.keySet().forEach(name -> require(name.matches("[A-Za-z_][A-Za-z0-9_]*"), "headers",
                "'" + name + "' is not a valid property name"));
    }

    private void require(boolean condition, String field, String reason) {
        if (!condition) {
            throw new IllegalArgumentException("Outbox message " + id + ": " + field + " " + reason);
        }
    }
}
