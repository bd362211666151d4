package org.filiere.integration.camel.outbox;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a channel did with a batch: the messages it delivered, those the receiving side refused (with the reason),
 * and, if it could not reach the receiving side at all, why. Messages in none of these stay in the outbox as they
 * were.
 *
 * @param delivered   ids of the messages delivered
 * @param refused     ids of refused messages, with the failure
 * @param unreachable the failure that kept the channel from delivering the rest, if any
 */
public record Delivery(Set<String> delivered, Map<String, Throwable> refused, Optional<Throwable> unreachable) {

    public Delivery {
        delivered = Set.copyOf(delivered);
        refused = Map.copyOf(refused);
    }

    /** Every message of the batch delivered. */
    public static Delivery all(Collection<OutboxMessage> batch) {
        Set<String> ids = new LinkedHashSet<>();
        batch.forEach(m -> ids.add(m.id()));
        return new Delivery(ids, Map.of(), Optional.empty());
    }

    /** A delivery built message by message. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the outcome of each message. */
    public static final class Builder {

        private final Set<String> delivered = new LinkedHashSet<>();
        private final Map<String, Throwable> refused = new LinkedHashMap<>();
        private Throwable unreachable;

        public synchronized Builder delivered(String id) {
            delivered.add(id);
            return this;
        }

        public synchronized Builder refused(String id, Throwable reason) {
            refused.put(id, reason);
            return this;
        }

        public synchronized Builder unreachable(Throwable reason) {
            if (unreachable == null) {
                unreachable = reason;
            }
            return this;
        }

        public synchronized Delivery build() {
            delivered.removeAll(refused.keySet());
            return new Delivery(delivered, refused, Optional.ofNullable(unreachable));
        }
    }
}
