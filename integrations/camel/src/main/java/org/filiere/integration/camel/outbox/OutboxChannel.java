package org.filiere.integration.camel.outbox;

import java.util.List;

/**
 * Where the relay hands the messages of one channel (a CDI bean). A channel is told a batch of messages of
 * different aggregates and says what became of each; it never throws for a single message.
 */
public interface OutboxChannel {

    /** The channel's name, as written in {@code outbox_message.channel}. */
    String name();

    /** Whether the channel can deliver now (a broker is configured, say); if not, its messages wait. */
    boolean configured();

    /** Delivers a batch of messages, at most one per aggregate. */
    Delivery deliver(List<OutboxMessage> batch);

    /**
     * Starts delivering a batch and returns what waits for the outcome, so that the relay writes its part in the
     * database meanwhile. By default the whole delivery happens here.
     */
    default PendingDelivery start(List<OutboxMessage> batch) {
        Delivery delivery = deliver(batch);
        return () -> delivery;
    }

    /** A delivery under way. */
    @FunctionalInterface
    interface PendingDelivery {

        /** Waits until the channel knows what became of each message. */
        Delivery outcome();
    }
}
