package org.filiere.integration.camel.outbox;

/**
 * How many messages of a channel wait, were sent (and not yet purged), or went to the dead letters.
 *
 * @param channel the channel
 * @param pending waiting to be relayed
 * @param sent    relayed
 * @param dead    refused for good, kept in the dead letters
 */
public record OutboxCounts(String channel, long pending, long sent, long dead) {
}
