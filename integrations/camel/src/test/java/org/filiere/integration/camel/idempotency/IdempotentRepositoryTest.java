package org.filiere.integration.camel.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import org.apache.camel.ProducerTemplate;
import org.filiere.access.Actor;
import org.filiere.integration.camel.IntegrationRouteBuilder;
import org.filiere.integration.camel.deadletter.DeadLetterService;
import org.filiere.persistence.FiliereContainer;
import org.filiere.persistence.Storage;
import org.filiere.persistence.TestDatabase;
import org.filiere.persistence.Transactions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** An item is processed once, even by two application nodes sharing the database. */
class IdempotentRepositoryTest {

    /** How many times each order was processed, and by which node, across every CamelContext of the JVM. */
    static final Map<String, List<String>> PROCESSED = new ConcurrentHashMap<>();
    static final AtomicInteger FAILURES_LEFT = new AtomicInteger();

    static java.util.stream.Stream<TestDatabase> databases() {
        return TestDatabase.all();
    }

    @BeforeEach
    void forget() {
        PROCESSED.clear();
        FAILURES_LEFT.set(0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldProcessAnItemOnlyOnce(TestDatabase database) {
        try (FiliereContainer filiere = FiliereContainer.start(database, OrderRoutes.class)) {
            ProducerTemplate template = filiere.get(ProducerTemplate.class);
            template.sendBodyAndHeader("direct:orders", "first", "orderId", "O-1");
            template.sendBodyAndHeader("direct:orders", "again", "orderId", "O-1");
            template.sendBodyAndHeader("direct:orders", "other", "orderId", "O-2");

            assertThat(PROCESSED).containsOnlyKeys("O-1", "O-2");
            assertThat(PROCESSED.get("O-1")).hasSize(1);
            assertThat(filiere.get(IdempotentRepositories.class).named("orders").contains("O-1")).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldProcessAgainAnItemWhoseFirstAttemptWentToTheDeadLetters(TestDatabase database) {
        try (FiliereContainer filiere = FiliereContainer.start(database, OrderRoutes.class)) {
            FAILURES_LEFT.set(1);
            ProducerTemplate template = filiere.get(ProducerTemplate.class);
            template.sendBodyAndHeader("direct:orders", "first", "orderId", "O-3");
            assertThat(PROCESSED).isEmpty();
            var letter = filiere.get(DeadLetterService.class).list(Actor.staff("claire", "Claire"), Optional.empty()).get(0);

            assertThat(filiere.get(DeadLetterService.class).retry(Actor.staff("claire", "Claire"), letter.id()).succeeded())
                    .isTrue();

            assertThat(PROCESSED.get("O-3")).hasSize(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldClaimOnlyTheNewKeysOfAChunk(TestDatabase database) {
        try (FiliereContainer filiere = FiliereContainer.start(database)) {
            DatabaseIdempotentRepository sessions = filiere.get(IdempotentRepositories.class).named("sessions");
            List<String> first = new ArrayList<>();
            for (int i = 0; i < 1200; i++) {
                first.add("S-" + i);
            }
            assertThat(sessions.claimAll(first)).hasSize(1200);

            assertThat(sessions.claimAll(List.of("S-5", "S-1199", "S-1200", "S-1201")))
                    .containsExactly("S-1200", "S-1201");
            assertThat(filiere.get(IdempotentRepositories.class).named("other").claimAll(List.of("S-5")))
                    .containsExactly("S-5");

            sessions.releaseAll(List.of("S-5"));
            assertThat(sessions.claimAll(List.of("S-5", "S-6"))).containsExactly("S-5");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldKeepTheClaimsOfATransactionOnlyIfItCommits(TestDatabase database) {
        try (FiliereContainer filiere = FiliereContainer.start(database)) {
            Transactions transactions = filiere.get(Transactions.class);
            DatabaseIdempotentRepository courses = filiere.get(IdempotentRepositories.class).named("courses");

            assertThatThrownBy(() -> transactions.required(() -> {
                assertThat(courses.claimAll(connection(transactions), List.of("C-1", "C-2"))).hasSize(2);
                throw new IllegalStateException("the chunk failed");
            })).hasMessage("the chunk failed");
            assertThat(courses.contains("C-1")).isFalse();

            transactions.required(() -> assertThat(courses.claimAll(connection(transactions),
                    List.of("C-1", "C-2"))).containsExactly("C-1", "C-2"));
            assertThat(transactions.required(() -> courses.claimAll(connection(transactions),
                    List.of("C-2", "C-3")))).containsExactly("C-3");
            assertThat(courses.claimAll(List.of("C-1", "C-2", "C-3"))).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldTakeOverALeasedKeyOnlyOnceItsLeaseRanOut(TestDatabase database) {
        try (FiliereContainer filiere = FiliereContainer.start(database)) {
            DataSource dataSource = filiere.get(Storage.class).dataSource();
            Instant taken = Instant.parse("2030-03-01T08:00:00Z");
            Optional<Duration> lease = Optional.of(Duration.ofMinutes(30));

            assertThat(leasedAt(dataSource, taken, lease).add("catalogue.xml")).isTrue();
            assertThat(leasedAt(dataSource, taken.plus(Duration.ofMinutes(29)), lease).add("catalogue.xml"))
                    .isFalse();
            assertThat(leasedAt(dataSource, taken.plus(Duration.ofHours(2)), Optional.empty()).add("catalogue.xml"))
                    .as("a key kept for good").isFalse();
            assertThat(leasedAt(dataSource, taken.plus(Duration.ofMinutes(31)), lease).add("catalogue.xml"))
                    .isTrue();
            assertThat(leasedAt(dataSource, taken.plus(Duration.ofMinutes(32)), lease).add("catalogue.xml"))
                    .as("the lease starts again when taken over").isFalse();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldLetOnlyTheNodeHoldingADroppedFileReleaseIt(TestDatabase database) {
        try (FiliereContainer filiere = FiliereContainer.start(database)) {
            DataSource dataSource = filiere.get(Storage.class).dataSource();
            Instant now = Instant.parse("2030-03-01T08:00:00Z");
            Optional<Duration> lease = Optional.of(Duration.ofMinutes(30));
            DropFolderLock importing = new DropFolderLock(leasedAt(dataSource, now, lease));
            DropFolderLock polling = new DropFolderLock(leasedAt(dataSource, now, lease));

            assertThat(importing.add("feed.json")).isTrue();
            assertThat(polling.add("feed.json")).as("taken by the other node").isFalse();
            assertThat(polling.remove("feed.json")).as("not this node's to release").isFalse();
            assertThat(polling.add("feed.json")).as("still the importing node's").isFalse();
            assertThat(importing.remove("feed.json")).isTrue();
            assertThat(polling.add("feed.json")).as("released by its holder").isTrue();
        }
    }

    private static DatabaseIdempotentRepository leasedAt(DataSource dataSource, Instant now,
            Optional<Duration> lease) {
        return new DatabaseIdempotentRepository(dataSource, "files", Clock.fixed(now, ZoneOffset.UTC), lease);
    }

    private static Connection connection(Transactions transactions) {
        return transactions.entityManager().unwrap(Connection.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldNeverProcessTheSameItemTwiceWhenTwoNodesShareTheDatabase(TestDatabase database) throws Exception {
        TestDatabase sameDatabase = new TestDatabase(database.name(), database.properties(), () -> {
        });
        try (FiliereContainer nodeA = FiliereContainer.start(database, OrderRoutes.class);
                FiliereContainer nodeB = FiliereContainer.start(sameDatabase, OrderRoutes.class)) {
            int orders = 300;
            CyclicBarrier start = new CyclicBarrier(2);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<?>> sent = new ArrayList<>();
            for (FiliereContainer node : List.of(nodeA, nodeB)) {
                ProducerTemplate template = node.get(ProducerTemplate.class);
                sent.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    for (int i = 0; i < orders; i++) {
                        template.sendBodyAndHeader("direct:orders", "order", "orderId", "O-" + i);
                    }
                    return null;
                }));
            }
            for (Future<?> f : sent) {
                f.get(5, TimeUnit.MINUTES);
            }
            pool.shutdown();

            assertThat(PROCESSED).hasSize(orders);
            assertThat(PROCESSED.values()).allSatisfy(nodes -> assertThat(nodes).hasSize(1));
            assertThat(PROCESSED.values().stream().flatMap(List::stream).distinct())
                    .as("both nodes took part").hasSize(2);
        }
    }

    /** Orders processed once each, whichever node receives them. */
    @Dependent
    public static class OrderRoutes extends IntegrationRouteBuilder {

        private final IdempotentRepositories repositories;

        @Inject
        public OrderRoutes(IdempotentRepositories repositories) {
            super("orders");
            this.repositories = repositories;
        }

        @Override
        protected void routes() {
            from("direct:orders").routeId("orders")
                    .idempotentConsumer(header("orderId"), repositories.named("orders"))
                    .process(exchange -> {
                        if (FAILURES_LEFT.getAndDecrement() > 0) {
                            throw new IllegalStateException("Order book closed for the night");
                        }
                        Thread.sleep(1);
                        PROCESSED.computeIfAbsent(exchange.getIn().getHeader("orderId", String.class),
                                k -> new java.util.concurrent.CopyOnWriteArrayList<>())
                                .add(exchange.getContext().getName() + "@" + System.identityHashCode(exchange.getContext()));
                    });
        }
    }
}
