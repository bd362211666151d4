package org.filiere.integration.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.filiere.access.Actor;
import org.filiere.integration.camel.deadletter.DeadLetter;
import org.filiere.integration.camel.deadletter.DeadLetterService;
import org.filiere.integration.camel.deadletter.RetryOutcome;
import org.filiere.persistence.FiliereContainer;
import org.filiere.persistence.TestDatabase;
import org.filiere.techwatch.TechFeedId;
import org.filiere.techwatch.TechItem;
import org.filiere.techwatch.WatchTopicId;
import org.filiere.techwatch.application.TechWatchCommands.DefineTopic;
import org.filiere.techwatch.application.TechWatchCommands.FollowFeed;
import org.filiere.techwatch.application.TechWatchService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Feeds polled through the real Camel routes from a real HTTP server on loopback, into the database. */
class FeedRoutesTest {

    private static final Actor STAFF = Actor.staff("claire-martin", "Claire Martin");
    private static final Duration LIMIT = Duration.ofSeconds(60);

    private HttpServer server;
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final Map<String, Handler> answers = new ConcurrentHashMap<>();

    @FunctionalInterface
    interface Handler {
        void answer(HttpExchange exchange) throws IOException;
    }

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            Handler handler = answers.get(path);
            try {
                if (handler == null) {
                    exchange.sendResponseHeaders(404, -1);
                } else {
                    handler.answer(exchange);
                }
            } finally {
                exchange.close();
            }
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private void serve(String path, String file, String contentType) {
        byte[] body = FeedReaderTest.feed(file);
        answers.put(path, exchange -> {
            exchange.getResponseHeaders().add("Content-Type", contentType);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        });
    }

    private URI address(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private int hitsOf(String path) {
        return hits.getOrDefault(path, new AtomicInteger()).get();
    }

    private static FiliereContainer start(Map<String, String> more) {
        Map<String, String> settings = new HashMap<>(Map.of("filiere.integration.tech-feeds.poll-period", "PT2S",
                "filiere.integration.tech-feeds.redelivery.maximum", "2",
                "filiere.integration.tech-feeds.redelivery.delay", "PT0.05S"));
        settings.putAll(more);
        return FiliereContainer.start(TestDatabase.derby(), settings);
    }

    private static void await(BooleanSupplier condition) {
        long end = System.nanoTime() + LIMIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("Still not so after " + LIMIT);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    @Test
    void shouldPollFollowedFeedsOverHttpKeepingEachItemOnceInItsTopics() {
        serve("/freebox.xml", "univers_freebox.xml", "application/rss+xml");
        serve("/cdata.xml", "CDATATestFeed.xml", "application/rss+xml; charset=UTF-8");
        try (FiliereContainer filiere = start(Map.of("filiere.integration.tech-feeds.poll-period", "PT1S"))) {
            TechWatchService watch = filiere.get(TechWatchService.class);
            WatchTopicId free = watch.defineTopic(new DefineTopic(STAFF, "Opérateurs", "Free, Xavier Niel, opérateur"));
            TechFeedId freebox = watch.follow(new FollowFeed(STAFF, "Univers Freebox", address("/freebox.xml")));
            TechFeedId cdata = watch.follow(new FollowFeed(STAFF, "RTL", address("/cdata.xml")));

            await(() -> hitsOf("/freebox.xml") >= 2 && hitsOf("/cdata.xml") >= 2 && watch.itemCount(freebox) == 30);

            assertThat(watch.itemCount(freebox)).isEqualTo(30);
            assertThat(watch.itemCount(cdata)).as("two items share one guid").isEqualTo(1);
            List<TechItem> items = watch.recentItems(Duration.ofDays(1));
            assertThat(items).filteredOn(i -> i.title().startsWith("Retour de Xavier Niel")).singleElement()
                    .satisfies(i -> assertThat(i.topics()).containsExactly(free));
        }
    }

    @Test
    void shouldDeadLetterADocumentThatIsNotAFeedWithoutTryingItAgain() {
        serve("/feed.xml", "not-a-feed.xml", "application/xml");
        try (FiliereContainer filiere = start(Map.of())) {
            TechWatchService watch = filiere.get(TechWatchService.class);
            TechFeedId feed = watch.follow(new FollowFeed(STAFF, "Cassé", address("/feed.xml")));
            DeadLetterService deadLetters = filiere.get(DeadLetterService.class);

            await(() -> !deadLetters.list(STAFF, Optional.empty()).isEmpty());

            assertThat(deadLetters.list(STAFF, Optional.empty())).singleElement().satisfies(letter -> {
                assertThat(letter.routeId()).isEqualTo("tech-feed-document");
                assertThat(letter.reason()).contains("News feed \"Cassé\"").contains("is not a news feed");
            });
            assertThat(hitsOf("/feed.xml")).isEqualTo(1);
            assertThat(watch.itemCount(feed)).isZero();
        }
    }

    @Test
    void shouldRefuseAnAnswerOverTheSizeLimitWithoutTryingItAgain() {
        serve("/big.xml", "pcinpact.xml", "application/rss+xml");
        try (FiliereContainer filiere = start(Map.of("filiere.integration.tech-feeds.max-bytes", "2000"))) {
            TechWatchService watch = filiere.get(TechWatchService.class);
            TechFeedId feed = watch.follow(new FollowFeed(STAFF, "Trop gros", address("/big.xml")));
            DeadLetterService deadLetters = filiere.get(DeadLetterService.class);

            await(() -> !deadLetters.list(STAFF, Optional.empty()).isEmpty());

            assertThat(deadLetters.list(STAFF, Optional.empty())).singleElement()
                    .satisfies(letter -> assertThat(letter.reason()).contains("larger than the 2000 bytes accepted"));
            assertThat(hitsOf("/big.xml")).isEqualTo(1);
            assertThat(watch.itemCount(feed)).isZero();
        }
    }

    @Test
    void shouldGiveUpOnAServerThatDoesNotAnswerInTimeThenReadItWhenRetried() {
        answers.put("/slow.xml", exchange -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(503, -1);
        });
        try (FiliereContainer filiere = start(Map.of("filiere.integration.tech-feeds.read-timeout", "PT0.3S"))) {
            TechWatchService watch = filiere.get(TechWatchService.class);
            TechFeedId feed = watch.follow(new FollowFeed(STAFF, "Lent", address("/slow.xml")));
            DeadLetterService deadLetters = filiere.get(DeadLetterService.class);

            await(() -> !deadLetters.list(STAFF, Optional.empty()).isEmpty());

            DeadLetter letter = deadLetters.list(STAFF, Optional.empty()).get(0);
            assertThat(letter.routeId()).isEqualTo("tech-feed");
            assertThat(letter.reason()).contains("No answer from " + address("/slow.xml"));
            assertThat(letter.retryEndpoint()).contains(FeedRoutes.FETCH);
            assertThat(hitsOf("/slow.xml")).as("the first attempt and two more").isEqualTo(3);

            serve("/slow.xml", "univers_freebox.xml", "application/rss+xml");
            RetryOutcome outcome = deadLetters.retry(STAFF, letter.id());

            assertThat(outcome.succeeded()).isTrue();
            assertThat(watch.itemCount(feed)).isEqualTo(30);
            assertThat(deadLetters.list(STAFF, Optional.empty())).isEmpty();
        }
    }

    @Test
    void shouldTryAServerAnswering503AgainBeforeDeadLetteringIt() {
        answers.put("/down.xml", exchange -> exchange.sendResponseHeaders(503, -1));
        try (FiliereContainer filiere = start(Map.of())) {
            filiere.get(TechWatchService.class).follow(new FollowFeed(STAFF, "En panne", address("/down.xml")));
            DeadLetterService deadLetters = filiere.get(DeadLetterService.class);

            await(() -> !deadLetters.list(STAFF, Optional.empty()).isEmpty());

            assertThat(deadLetters.list(STAFF, Optional.empty())).singleElement()
                    .satisfies(letter -> assertThat(letter.reason()).contains("answered 503"));
            assertThat(hitsOf("/down.xml")).isEqualTo(3);
        }
    }
}
