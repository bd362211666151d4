package org.filiere.benchmarks;

import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.jms.CompletionListener;
import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;

import org.apache.qpid.jms.JmsConnectionFactory;
import org.filiere.demo.DemoCluster;
import org.filiere.integration.camel.outbox.BrokerChannel;
import org.filiere.integration.camel.outbox.NewOutboxMessage;
import org.filiere.integration.camel.outbox.OutboxRelay;
import org.filiere.integration.camel.outbox.OutboxStore;
import org.filiere.integration.camel.outbox.PartnerEventsOutbox;
import org.filiere.integration.camel.outbox.RelayReport;

/**
 * 100,000 partners' events relayed from the outbox (embedded Derby) to an AMQP 1.0 broker by the library's relay
 * (batches claimed from the table, sent as persistent messages with completion listeners, marked sent in one JDBC
 * batch and one commit), against the same 100,000 messages (same bodies, properties and ids, persistent) sent to the
 * same broker by a plain JMS producer (Qpid JMS) reading nothing from a database, with its best batching: asynchronous
 * sends with completion listeners, waiting for the broker's confirmations every N messages, N chosen in the warm-up
 * as the fastest of 500, 5,000 and all. RabbitMQ 3's AMQP 1.0 plugin has no transactions, so a transacted session
 * is not a baseline there. A consumer drains the queue during both sides. The outbox rows are written before the
 * clock starts. The figure is messages per second; the ratio is ours over the baseline; the target is 0.5.
 *
 * <p>The broker is {@code FILIERE_AMQP_URL} (or {@code FILIERE_TEST_AMQP_URL}), with {@code FILIERE_AMQP_USERNAME}
 * and {@code FILIERE_AMQP_PASSWORD} (guest and guest by default); without one the benchmark is skipped.
 */
public final class OutboxRelayBenchmark implements Benchmark {

    static final int EVENTS = 100_000;
    static final int AGGREGATES = 10_000;
    private static final int[] WINDOWS = {500, 5_000, EVENTS};

    @Override
    public String name() {
        return "outbox-relay";
    }

    @Override
    public String description() {
        return "100,000 events relayed from the outbox to an AMQP 1.0 broker vs a plain JMS producer (same broker)";
    }

    @Override
    public Result run(PrintStream out) throws Exception {
        Optional<String> url = Optional.ofNullable(System.getenv("FILIERE_AMQP_URL"))
                .or(() -> Optional.ofNullable(System.getenv("FILIERE_TEST_AMQP_URL"))).filter(s -> !s.isBlank());
        if (url.isEmpty()) {
            out.println("outbox-relay SKIPPED: no AMQP 1.0 broker: set FILIERE_AMQP_URL (e.g. amqp://127.0.0.1:5672, "
                    + "RabbitMQ with rabbitmq_amqp1_0 enabled)");
            return new Result("skipped_no_broker", "skipped_no_broker", 0, "0.5");
        }
        String username = Optional.ofNullable(System.getenv("FILIERE_AMQP_USERNAME")).orElse("guest");
        String password = Optional.ofNullable(System.getenv("FILIERE_AMQP_PASSWORD")).orElse("guest");
        String address = "/queue/filiere-bench-outbox-" + UUID.randomUUID();
        List<NewOutboxMessage> events = events();
        out.printf("%d events over %d aggregates, to %s at %s%n", EVENTS, AGGREGATES, address, url.get());
        int[] round = {0};
        int[] window = {WINDOWS[0]};
        int[] warmupsLeft = {1};
        try (ScratchDatabases scratch = new ScratchDatabases("outbox-relay");
                Drain drain = new Drain(url.get(), username, password, address)) {
            Map<String, String> settings = new HashMap<>();
            settings.put("filiere.amqp.url", url.get());
            settings.put("filiere.amqp.username", username);
            settings.put("filiere.amqp.password", password);
            settings.put("filiere.amqp.address", address);
            settings.put("filiere.integration.outbox.enabled", "false");
            long[] medians = Rounds.alternate(1, 3, () -> {
                try (DemoCluster cluster = scratch.library("ours-" + round[0]++, settings)) {
                    cluster.get(OutboxStore.class).insertAll(events, Instant.now());
                    OutboxRelay relay = cluster.get(OutboxRelay.class);
                    long start = System.nanoTime();
                    RelayReport report = relay.relayNow();
                    long elapsed = System.nanoTime() - start;
                    if (report.sent() != EVENTS) {
                        throw new IllegalStateException("The relay did not send every event: " + report);
                    }
                    return elapsed;
                }
            }, () -> {
                if (warmupsLeft[0] > 0) {
                    warmupsLeft[0]--;
                    long best = Long.MAX_VALUE;
                    for (int w : WINDOWS) {
                        long nanos = plainProducer(url.get(), username, password, address, events, w);
                        out.printf("baseline window %d: %.0f messages/s%n", w, EVENTS / (nanos / 1e9));
                        if (nanos < best) {
                            best = nanos;
                            window[0] = w;
                        }
                    }
                    out.printf("baseline window kept: %d%n", window[0]);
                    return best;
                }
                return plainProducer(url.get(), username, password, address, events, window[0]);
            }, out);
            double oursRate = EVENTS / (medians[0] / 1e9);
            double baselineRate = EVENTS / (medians[1] / 1e9);
            out.printf("messages drained from the queue: %d%n", drain.count());
            return new Result(String.format(Locale.ROOT, "%.0f_messages/s", oursRate),
                    String.format(Locale.ROOT, "%.0f_messages/s", baselineRate), oursRate / baselineRate, "0.5");
        }
    }

    private static List<NewOutboxMessage> events() {
        List<NewOutboxMessage> events = new ArrayList<>(EVENTS);
        for (int i = 0; i < EVENTS; i++) {
            UUID id = UUID.randomUUID();
            String aggregate = "EV-" + (i % AGGREGATES);
            String payload = "{\"id\":\"" + id + "\",\"type\":\"EventPublished\",\"aggregateId\":\"" + aggregate
                    + "\",\"occurredAt\":\"2026-03-0" + (1 + i % 9) + "T09:00:00Z\",\"data\":{\"event\":{\"value\":\""
                    + aggregate + "\"},\"kind\":\"THEMATIC_MEETING\",\"title\":\"Rencontre thématique n° " + i
                    + " : l'industrie du futur en Isère\",\"start\":\"2026-04-14T09:00:00\",\"sequence\":" + (i / AGGREGATES)
                    + "}}";
            events.add(new NewOutboxMessage(id, BrokerChannel.NAME, aggregate, "EventPublished", payload,
                    Map.of(PartnerEventsOutbox.TYPE_PROPERTY, "EventPublished")));
        }
        return events;
    }

    /** The baseline: the same messages by a plain JMS producer, confirmations awaited every {@code window}. */
    private static long plainProducer(String url, String username, String password, String address,
            List<NewOutboxMessage> events, int window) throws JMSException, InterruptedException {
        JmsConnectionFactory factory = new JmsConnectionFactory(username, password, url);
        try (Connection connection = factory.createConnection()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageProducer producer = session.createProducer(session.createQueue(address));
            connection.start();
            AtomicReference<Exception> failure = new AtomicReference<>();
            long start = System.nanoTime();
            for (int from = 0; from < events.size(); from += window) {
                List<NewOutboxMessage> batch = events.subList(from, Math.min(events.size(), from + window));
                CountDownLatch confirmed = new CountDownLatch(batch.size());
                CompletionListener listener = new CompletionListener() {
                    @Override
                    public void onCompletion(Message message) {
                        confirmed.countDown();
                    }

                    @Override
                    public void onException(Message message, Exception e) {
                        failure.compareAndSet(null, e);
                        confirmed.countDown();
                    }
                };
                for (NewOutboxMessage event : batch) {
                    TextMessage message = session.createTextMessage(event.payload());
                    message.setJMSType(event.type());
                    message.setStringProperty(BrokerChannel.AGGREGATE_PROPERTY, event.aggregateId());
                    for (Map.Entry<String, String> header : event.headers().entrySet()) {
                        message.setStringProperty(header.getKey(), header.getValue());
                    }
                    producer.send(message, DeliveryMode.PERSISTENT, Message.DEFAULT_PRIORITY,
                            Message.DEFAULT_TIME_TO_LIVE, listener);
                }
                if (!confirmed.await(2, TimeUnit.MINUTES)) {
                    throw new IllegalStateException("The broker did not confirm the baseline's messages");
                }
            }
            long elapsed = System.nanoTime() - start;
            if (failure.get() != null) {
                throw new IllegalStateException("The broker refused a baseline message", failure.get());
            }
            return elapsed;
        }
    }

    /** A partner reading the queue during the whole run, so that the broker does not pile the messages up. */
    private static final class Drain implements AutoCloseable {

        private final Connection connection;
        private final AtomicLong count = new AtomicLong();

        Drain(String url, String username, String password, String address) throws JMSException {
            connection = new JmsConnectionFactory(username, password, url).createConnection();
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer consumer = session.createConsumer(session.createQueue(address));
            consumer.setMessageListener(m -> count.incrementAndGet());
            connection.start();
        }

        long count() {
            return count.get();
        }

        @Override
        public void close() throws JMSException {
            connection.close();
        }
    }
}
