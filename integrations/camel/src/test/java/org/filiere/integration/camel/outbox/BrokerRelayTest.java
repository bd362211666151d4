package org.filiere.integration.camel.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.filiere.integration.camel.deadletter.DeadLetter;
import org.filiere.integration.camel.deadletter.DeadLetterStore;
import org.filiere.persistence.FiliereContainer;
import org.filiere.persistence.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The relay against a real AMQP 1.0 broker ({@code FILIERE_TEST_AMQP_URL}): every message arrives with its outbox
 * id as message id, in order per aggregate, whether the node stops in the middle of a batch, the broker is away for
 * a while, the broker refuses an address, or two nodes relay from one PostgreSQL database.
 */
class BrokerRelayTest {

    private static final Map<String, String> NO_TIMER = Map.of("filiere.integration.outbox.enabled", "false",
            "filiere.integration.outbox.batch-size", "50");

    private static Map<String, String> settings(String url, String address, Map<String, String> more) {
        Map<String, String> all = new HashMap<>(NO_TIMER);
        all.putAll(TestBroker.settings(url, address));
        all.putAll(more);
        return all;
    }

    /** Messages written round-robin over aggregates; returns the ids of each aggregate in the order written. */
    private static Map<String, List<String>> writeRoundRobin(FiliereContainer filiere, int aggregates, int each) {
        Map<String, List<String>> ids = new LinkedHashMap<>();
        for (int i = 0; i < each; i++) {
            for (int a = 0; a < aggregates; a++) {
                String aggregate = "aggregate-" + a;
                ids.computeIfAbsent(aggregate, k -> new ArrayList<>())
                        .add(OutboxTest.write(filiere, BrokerChannel.NAME, aggregate, 1).get(0));
            }
        }
        return ids;
    }

    private static Map<String, List<String>> withPrefix(Map<String, List<String>> ids) {
        Map<String, List<String>> prefixed = new LinkedHashMap<>();
        ids.forEach((k, v) -> prefixed.put(k, v.stream().map(id -> "ID:" + id).toList()));
        return prefixed;
    }

    @Test
    void shouldDeliverEachMessageWithItsIdInOrderPerAggregate() throws Exception {
        String url = TestBroker.require("BrokerRelayTest");
        String address = TestBroker.freshAddress();
        try (FiliereContainer filiere = FiliereContainer.start(TestDatabase.derby(), settings(url, address, Map.of()));
                BrokerReceiver receiver = new BrokerReceiver(url, address)) {
            Map<String, List<String>> written = writeRoundRobin(filiere, 7, 30);

            RelayReport report = filiere.get(OutboxRelay.class).relayNow();

            assertThat(report.sent()).isEqualTo(210);
            receiver.awaitDistinct(210).drain();
            assertThat(receiver.byAggregate()).isEqualTo(withPrefix(written));
            assertThat(receiver.duplicates()).isZero();
            assertThat(receiver.received().get(0).type()).isEqualTo("Tested");
            assertThat(filiere.get(OutboxStore.class).counts())
                    .contains(new OutboxCounts(BrokerChannel.NAME, 0, 210, 0));
        }
    }

    @Test
    void shouldLoseAndDuplicateNothingAtTheReceiverWhenTheNodeStopsInTheMiddleOfABatch(@TempDir Path folder)
            throws Exception {
        String url = TestBroker.require("BrokerRelayTest");
        String address = TestBroker.freshAddress();
        TestDatabase onDisk = new TestDatabase("derby", Map.of("filiere.db.url",
                "jdbc:derby:" + folder.resolve("db") + ";create=true"), () -> {
                });
        Map<String, List<String>> written;
        try (BrokerReceiver receiver = new BrokerReceiver(url, address)) {
            try (FiliereContainer node = FiliereContainer.start(onDisk, settings(url, address, Map.of()))) {
                written = writeRoundRobin(node, 40, 3);
                BrokerChannel broker = node.get(BrokerChannel.class);
                OutboxChannel stopsMidBatch = new OutboxChannel() {
                    @Override
                    public String name() {
                        return BrokerChannel.NAME;
                    }

                    @Override
                    public boolean configured() {
                        return true;
                    }

                    @Override
                    public Delivery deliver(List<OutboxMessage> batch) {
                        broker.deliver(batch.subList(0, batch.size() / 2));
                        throw new NodeStopped();
                    }
                };
                assertThatThrownBy(() -> OutboxTest.relay(node, stopsMidBatch).relayNow())
                        .isInstanceOf(NodeStopped.class);
            }
            try (FiliereContainer restarted = FiliereContainer.start(onDisk, settings(url, address, Map.of()))) {
                RelayReport report = restarted.get(OutboxRelay.class).relayNow();

                assertThat(report.sent()).isEqualTo(120);
                receiver.awaitDistinct(120).drain();
                assertThat(receiver.duplicates()).as("half the first batch (the first message of each of the 40 "
                        + "aggregates) sent twice, dropped by its id").isEqualTo(20);
                assertThat(receiver.byAggregate()).isEqualTo(withPrefix(written));
                assertThat(restarted.get(OutboxStore.class).counts())
                        .contains(new OutboxCounts(BrokerChannel.NAME, 0, 120, 0));
            }
        }
    }

    @Test
    void shouldDeliverEverythingInOrderOnceTheBrokerIsBack() throws Exception {
        String url = TestBroker.require("BrokerRelayTest");
        String address = TestBroker.freshAddress();
        try (LoopbackProxy proxy = new LoopbackProxy(url);
                FiliereContainer filiere = FiliereContainer.start(TestDatabase.derby(),
                        settings(proxy.url(), address, Map.of("filiere.amqp.timeout", "PT5S")));
                BrokerReceiver receiver = new BrokerReceiver(url, address)) {
            OutboxRelay relay = filiere.get(OutboxRelay.class);
            Map<String, List<String>> first = writeRoundRobin(filiere, 5, 10);
            assertThat(relay.relayNow().sent()).isEqualTo(50);

            proxy.down();
            Map<String, List<String>> second = writeRoundRobin(filiere, 5, 10);
            RelayReport away = relay.relayNow();
            assertThat(away.sent()).isZero();
            assertThat(away.unreachable()).singleElement().asString().startsWith(BrokerChannel.NAME + ": ");
            assertThat(relay.relay().unreachable()).as("left alone for a while after the outage").isNotEmpty();
            assertThat(filiere.get(OutboxStore.class).counts())
                    .contains(new OutboxCounts(BrokerChannel.NAME, 50, 50, 0));

            proxy.up();
            RelayReport back = relay.relayNow();

            assertThat(back.sent()).isEqualTo(50);
            receiver.awaitDistinct(100).drain();
            Map<String, List<String>> all = new LinkedHashMap<>();
            first.forEach((k, v) -> all.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
            second.forEach((k, v) -> all.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
            assertThat(receiver.byAggregate()).isEqualTo(withPrefix(all));
        }
    }

    @Test
    void shouldDeadLetterAMessageTheBrokerRefusesAndDeliverTheOthers() throws Exception {
        String url = TestBroker.require("BrokerRelayTest");
        String address = TestBroker.freshAddress();
        Map<String, String> refusing = Map.of("filiere.amqp.address.Refused",
                "/exchange/filiere-no-such-exchange-" + System.nanoTime() + "/x", "filiere.amqp.timeout", "PT3S",
                "filiere.integration.outbox.redelivery.maximum", "1",
                "filiere.integration.outbox.redelivery.delay", "PT0S");
        try (FiliereContainer filiere = FiliereContainer.start(TestDatabase.derby(),
                settings(url, address, refusing));
                BrokerReceiver receiver = new BrokerReceiver(url, address)) {
            List<String> fine = OutboxTest.write(filiere, BrokerChannel.NAME, "fine", 3);
            String refused = java.util.UUID.randomUUID().toString();
            filiere.get(Outbox.class).add(new NewOutboxMessage(java.util.UUID.fromString(refused),
                    BrokerChannel.NAME, "refused", "Refused", "{}", Map.of()));

            RelayReport report = filiere.get(OutboxRelay.class).relayNow();

            assertThat(report.sent()).isEqualTo(3);
            assertThat(report.dead()).isEqualTo(1);
            receiver.awaitDistinct(3).drain();
            assertThat(receiver.ids()).containsExactlyElementsOf(fine.stream().map(id -> "ID:" + id).toList());
            DeadLetter letter = filiere.get(DeadLetterStore.class).list(Optional.of(OutboxRelay.ROUTE), 5).get(0);
            assertThat(letter.itemKey()).contains(refused);
            assertThat(letter.reason()).contains("refused message " + refused).contains("2 times");
            assertThat(filiere.get(OutboxStore.class).status(refused)).contains(OutboxStore.DEAD);
        }
    }

    @Test
    void shouldPublishEachMessageOnceWhenTwoNodesRelayFromOnePostgresDatabase() throws Exception {
        String url = TestBroker.require("BrokerRelayTest");
        Optional<TestDatabase> postgres = TestDatabase.postgres();
        if (postgres.isEmpty()) {
            System.out.println("BrokerRelayTest two-node variant SKIPPED: set " + TestDatabase.POSTGRES_URL
                    + " (jdbc:postgresql://127.0.0.1:5432/<database>?user=postgres) to run it");
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(postgres.isPresent(), "no PostgreSQL configured");
        String address = TestBroker.freshAddress();
        TestDatabase database = postgres.get();
        TestDatabase sameDatabase = new TestDatabase(database.name(), database.properties(), () -> {
        });
        Map<String, String> small = settings(url, address, Map.of("filiere.integration.outbox.batch-size", "20"));
        try (FiliereContainer nodeA = FiliereContainer.start(database, small);
                FiliereContainer nodeB = FiliereContainer.start(sameDatabase, small);
                BrokerReceiver receiver = new BrokerReceiver(url, address)) {
            Map<String, List<String>> written = writeRoundRobin(nodeA, 30, 20);
            CyclicBarrier together = new CyclicBarrier(2);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<Integer>> sent = new ArrayList<>();
            for (FiliereContainer node : List.of(nodeA, nodeB)) {
                OutboxRelay relay = node.get(OutboxRelay.class);
                OutboxStore store = node.get(OutboxStore.class);
                sent.add(pool.submit(() -> {
                    together.await(30, TimeUnit.SECONDS);
                    int total = 0;
                    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
                    while (store.counts().stream().anyMatch(c -> c.pending() > 0)
                            && Instant.now().isBefore(deadline)) {
                        total += relay.relayNow().sent();
                    }
                    return total;
                }));
            }
            int a = sent.get(0).get(3, TimeUnit.MINUTES);
            int b = sent.get(1).get(3, TimeUnit.MINUTES);
            pool.shutdown();

            assertThat(a + b).isEqualTo(600);
            assertThat(a).as("node A took part").isPositive();
            assertThat(b).as("node B took part").isPositive();
            receiver.awaitDistinct(600).drain();
            assertThat(receiver.duplicates()).isZero();
            assertThat(receiver.byAggregate()).isEqualTo(withPrefix(written));
        }
    }

    /** The node stopping: nothing after it runs. */
    private static final class NodeStopped extends Error {

        private static final long serialVersionUID = 1L;

        NodeStopped() {
            super("the node stopped");
        }
    }
}
