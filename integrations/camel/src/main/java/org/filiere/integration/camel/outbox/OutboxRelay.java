package org.filiere.integration.camel.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;
import org.filiere.integration.camel.IntegrationSettings.Redelivery;
import org.filiere.integration.camel.deadletter.DeadLetterStore;
import org.filiere.integration.camel.deadletter.NewDeadLetter;
import org.filiere.integration.camel.outbox.OutboxStore.Batch;

/**
 * Relays the outbox: for each configured channel, claims a batch of due messages, hands it to the channel, and in
 * the claim's transaction marks the delivered ones sent, and the refused ones tried again later (waiting longer
 * each time, as {@code filiere.integration.outbox.redelivery.*} says) or, after the last attempt, dead with their
 * dead letter. A channel that cannot be reached keeps its messages and is left alone for a growing wait.
 *
 * <p>A message is marked sent only after the channel delivered it: a node that stops in between sends it again
 * when it restarts (at least once; receivers drop duplicates by the message id).
 */
@ApplicationScoped
public class OutboxRelay {

    /** The route named in the dead letters of refused messages. */
    public static final String ROUTE = "outbox-relay";

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());

    private final OutboxStore store;
    private final Iterable<? extends OutboxChannel> channels;
    private final DeadLetterStore deadLetters;
    private final Clock clock;
    private final OutboxSettings settings;
    private final Map<String, Outage> outages = new HashMap<>();

    @Inject
    public OutboxRelay(OutboxStore store, @Any Instance<OutboxChannel> channels, DeadLetterStore deadLetters,
            Clock clock, Config config) {
        this(store, channels, deadLetters, clock, config == null ? null : new OutboxSettings(config));
    }

    /** A relay of the given channels only (a node of its own, in tests and benchmarks). */
    public OutboxRelay(OutboxStore store, Iterable<? extends OutboxChannel> channels, DeadLetterStore deadLetters,
            Clock clock, OutboxSettings settings) {
        this.store = store;
        this.channels = channels;
        this.deadLetters = deadLetters;
        this.clock = clock;
        this.settings = settings;
    }

    /** For the CDI container's proxies. */
    protected OutboxRelay() {
        this(null, (Iterable<OutboxChannel>) null, null, null, (OutboxSettings) null);
    }

    /** Relays every due message of every channel that is configured and not waiting after an outage. */
    public synchronized RelayReport relay() {
        return relayChannels(false);
    }

    /** Relays every due message now, trying again at once the channels that were unreachable. */
    public synchronized RelayReport relayNow() {
        return relayChannels(true);
    }

    /** Deletes the messages sent longer ago than the retention; returns how many. */
    public int purge() {
        return store.purgeSent(clock.instant().minus(settings.retention()));
    }

    private RelayReport relayChannels(boolean now) {
        int[] totals = new int[3];
        List<String> unreachable = new ArrayList<>();
        List<String> waiting = new ArrayList<>();
        for (OutboxChannel channel : channels) {
            if (!channel.configured()) {
                waiting.add(channel.name());
                continue;
            }
            Outage outage = outages.get(channel.name());
            if (!now && outage != null && clock.instant().isBefore(outage.until())) {
                unreachable.add(channel.name() + ": " + outage.reason());
                continue;
            }
            relay(channel, totals).ifPresent(reason -> unreachable.add(channel.name() + ": " + reason));
        }
        return new RelayReport(totals[0], totals[1], totals[2], unreachable, waiting);
    }

    private Optional<String> relay(OutboxChannel channel, int[] totals) {
        Redelivery redelivery = settings.redelivery();
        int size = settings.batchSize();
        while (true) {
            try (Batch batch = store.claim(channel.name(), size, clock.instant())) {
                if (batch.messages().isEmpty()) {
                    outages.remove(channel.name());
                    return Optional.empty();
                }
                Delivery delivery;
                try {
                    OutboxChannel.PendingDelivery pending = channel.start(batch.messages());
                    Instant sentAt = clock.instant();
                    batch.sentIfDelivered(batch.messages().stream().map(OutboxMessage::id).toList(), sentAt);
                    delivery = pending.outcome();
                } catch (RuntimeException e) {
                    delivery = Delivery.builder().unreachable(e).build();
                }
                batch.confirm(delivery.delivered(), clock.instant());
                Map<String, OutboxMessage> byId = new LinkedHashMap<>();
                batch.messages().forEach(m -> byId.put(m.id(), m));
                delivery.refused().forEach((id, failure) -> {
                    OutboxMessage message = byId.get(id);
                    if (message != null) {
                        totals[refused(batch, channel, message, failure, redelivery) ? 2 : 1]++;
                    }
                });
                batch.commit();
                totals[0] += delivery.delivered().size();
                if (delivery.unreachable().isPresent()) {
                    String reason = reasonOf(delivery.unreachable().get());
                    int count = outages.containsKey(channel.name()) ? outages.get(channel.name()).count() + 1 : 1;
                    Duration wait = wait(redelivery, count);
                    outages.put(channel.name(), new Outage(count, clock.instant().plus(wait), reason));
                    LOG.warning(() -> "Channel " + channel.name() + " cannot be reached (" + reason + "); its "
                            + "messages wait in the outbox, next try in " + wait.toMillis() + " ms");
                    return Optional.of(reason);
                }
                if (delivery.delivered().isEmpty() && delivery.refused().isEmpty()) {
                    return Optional.empty();
                }
            }
        }
    }

    /** Notes a refusal; returns whether the message is now dead. */
    private boolean refused(Batch batch, OutboxChannel channel, OutboxMessage message, Throwable failure,
            Redelivery redelivery) {
        int attempts = message.attempts() + 1;
        String reason = reasonOf(failure);
        if (attempts <= redelivery.maximum()) {
            Duration wait = wait(redelivery, attempts);
            batch.later(message.id(), attempts, clock.instant().plus(wait), reason);
            LOG.info(() -> "Channel " + channel.name() + " refused message " + message.id() + " (" + reason
                    + "); tried again in " + wait.toMillis() + " ms");
            return false;
        }
        Map<String, String> headers = new LinkedHashMap<>(message.headers());
        headers.put("FiliereOutboxChannel", message.channel());
        headers.put("FiliereOutboxType", message.type());
        headers.put("FiliereOutboxAggregate", message.aggregateId());
        deadLetters.store(new NewDeadLetter(ROUTE, Optional.of(message.id()), message.payload(), headers,
                "Channel " + channel.name() + " refused message " + message.id() + " (" + message.type() + ") "
                        + attempts + " times: " + reason,
                failure.getClass().getName(), Optional.of(OutboxRoutes.REQUEUE), clock.instant()));
        batch.dead(message.id(), attempts, reason);
        LOG.warning(() -> "Channel " + channel.name() + " refused message " + message.id() + " " + attempts
                + " times; it went to the dead letters: " + reason);
        return true;
    }

    private static Duration wait(Redelivery redelivery, int attempt) {
        double millis = redelivery.delay().toMillis() * Math.pow(redelivery.multiplier(), attempt - 1);
        return Duration.ofMillis((long) Math.min(millis, redelivery.maximumDelay().toMillis()));
    }

    static String reasonOf(Throwable failure) {
        String message = failure.getMessage() == null || failure.getMessage().isBlank()
                ? failure.getClass().getSimpleName() : failure.getMessage();
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root != failure && root.getMessage() != null && !message.contains(root.getMessage())) {
            message = message + " (" + root.getMessage() + ")";
        }
        return message;
    }

    private record Outage(int count, Instant until, String reason) {
    }
}
