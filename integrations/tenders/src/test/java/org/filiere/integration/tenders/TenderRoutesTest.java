package org.filiere.integration.tenders;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpServer;

import org.filiere.access.Actor;
import org.filiere.integration.camel.deadletter.DeadLetter;
import org.filiere.integration.camel.deadletter.DeadLetterService;
import org.filiere.integration.camel.deadletter.RetryOutcome;
import org.filiere.persistence.FiliereContainer;
import org.filiere.persistence.TestDatabase;
import org.filiere.persistence.Transactions;
import org.filiere.watch.FieldIssue;
import org.filiere.watch.TenderId;
import org.filiere.watch.Tenders;
import org.filiere.watch.application.TenderReception;
import org.filiere.watch.application.TenderService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Feed files through the real Camel routes into the database: dropped in a directory, and polled over HTTP. */
class TenderRoutesTest {

    private static final Actor STAFF = Actor.staff("claire-martin", "Claire Martin");
    private static final Duration LIMIT = Duration.ofSeconds(60);

    @TempDir
    Path drop;

    private static long tenderCount(FiliereContainer filiere) {
        return filiere.get(Transactions.class).required(() -> filiere.get(Tenders.class).count());
    }

    private void dropFile(String name) throws IOException {
        Path staging = Files.createTempFile("feed", ".tmp");
        Files.write(staging, FeedReadingTest.feed(name));
        Files.move(staging, drop.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    @Test
    void shouldImportUsableTendersOfADroppedFileAndDeadLetterTheOthersWithTheirReason() throws Exception {
        Map<String, String> settings = Map.of("filiere.integration.tender-feeds.drop-directory", drop.toString(),
                "filiere.integration.tender-feeds.redelivery.delay", "PT0.01S");
        try (FiliereContainer filiere = FiliereContainer.start(TestDatabase.derby(), settings, ReadTenders.class)) {
            dropFile("decp-latin1-messy.json");
            DeadLetterService deadLetters = filiere.get(DeadLetterService.class);
            Eventually.await(LIMIT, () -> asideQuietly(".done").size() == 1
                    && filiere.get(ReadTenders.class).all().size() == 3);
            assertThat(aside(".done").get(0).getFileName().toString()).endsWith("-decp-latin1-messy.json");

            assertThat(tenderCount(filiere)).isEqualTo(3);
            List<DeadLetter> letters = deadLetters.list(STAFF, Optional.empty());
            assertThat(letters).singleElement().satisfies(letter -> {
                assertThat(letter.routeId()).isEqualTo("tender-entry");
                assertThat(letter.reason()).contains("cannot be used").contains("it has no id")
                        .contains("neither a title nor a description");
                assertThat(letter.item()).contains("45000000-7");
            });
            List<TenderNoticeRead> read = filiere.get(ReadTenders.class).all();
            assertThat(read).allSatisfy(r -> assertThat(r.outcome()).isEqualTo(TenderReception.Outcome.CREATED));
            assertThat(read).allSatisfy(r -> assertThat(r.issues()).extracting(FieldIssue::field)
                    .contains("file encoding"));
            assertThat(read).filteredOn(r -> r.tenderId().reference().endsWith("2024-0043")).singleElement()
                    .satisfies(r -> assertThat(r.issues()).extracting(FieldIssue::field)
                            .contains("buyer SIRET", "value", "publication date"));
            TenderService tenders = filiere.get(TenderService.class);
            assertThat(tenders.tender(new TenderId("decp", "213801855000152024-0042")).orElseThrow().details().title())
                    .isEqualTo("Maintenance applicative et évolutions du logiciel de gestion de l'état civil");

            dropFile("decp-latin1-messy.json");
            Eventually.await(LIMIT, () -> filiere.get(ReadTenders.class).all().size() == 6);
            assertThat(tenderCount(filiere)).as("the same file again updates, never duplicates").isEqualTo(3);
            assertThat(deadLetters.list(STAFF, Optional.empty())).as("its bad entry is the same dead letter")
                    .singleElement().satisfies(letter -> assertThat(letter.attempts()).isEqualTo(2));
            assertThat(filiere.get(ReadTenders.class).all().subList(3, 6))
                    .allSatisfy(r -> assertThat(r.outcome()).isEqualTo(TenderReception.Outcome.UNCHANGED));
        }
    }

    private List<Path> aside(String folder) throws IOException {
        Path dir = drop.resolve(folder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> !f.getFileName().toString().endsWith(".reason.txt")).sorted().toList();
        }
    }

    private List<Path> asideQuietly(String folder) {
        try {
            return aside(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void shouldSetAsideAFileThatIsNotJsonOnceWithItsReasonAndImportItOnRetryOnceCorrected() throws Exception {
        Map<String, String> settings = Map.of("filiere.integration.tender-feeds.drop-directory", drop.toString(),
                "filiere.integration.tender-feeds.redelivery.delay", "PT30S");
        try (FiliereContainer filiere = FiliereContainer.start(TestDatabase.derby(), settings, ReadTenders.class)) {
            dropFile("not-a-feed.json");
            DeadLetterService deadLetters = filiere.get(DeadLetterService.class);
            Eventually.await(LIMIT, () -> asideQuietly(".failed").size() == 1
                    && !deadLetters.list(STAFF, Optional.empty()).isEmpty());

            Path failed = aside(".failed").get(0);
            DeadLetter letter = deadLetters.list(STAFF, Optional.empty()).get(0);
            assertThat(letter.routeId()).isEqualTo(TenderFeedRoutes.DROP_ROUTE);
            assertThat(letter.reason()).contains("not-a-feed.json").contains("not JSON");
            assertThat(letter.attempts()).isEqualTo(1);
            assertThat(letter.item()).isEqualTo(failed.toAbsolutePath().toString());
            assertThat(letter.retryable()).isTrue();
            assertThat(Files.readString(TenderFeedRoutes.reasonFile(failed))).contains("not JSON");
            assertThat(aside(".done")).isEmpty();
            assertThat(tenderCount(filiere)).isZero();

            Files.write(failed, FeedReadingTest.feed("decp-latin1-messy.json"));
            RetryOutcome outcome = deadLetters.retry(STAFF, letter.id());

            assertThat(outcome.succeeded()).isTrue();
            assertThat(tenderCount(filiere)).isEqualTo(3);
            assertThat(aside(".failed")).isEmpty();
            assertThat(Files.exists(TenderFeedRoutes.reasonFile(failed))).isFalse();
            assertThat(aside(".done")).extracting(p -> p.getFileName().toString())
                    .containsExactly(failed.getFileName().toString());
            assertThat(deadLetters.list(STAFF, Optional.of(TenderFeedRoutes.DROP_ROUTE))).isEmpty();
        }
    }

    @Test
    void shouldRefuseAnXmlNoticeNamingTheFormatsItReads() throws Exception {
        Map<String, String> settings = Map.of("filiere.integration.tender-feeds.drop-directory", drop.toString());
        try (FiliereContainer filiere = FiliereContainer.start(TestDatabase.derby(), settings)) {
            Path staging = Files.createTempFile("notice", ".tmp");
            Files.writeString(staging, "<?xml version=\"1.0\"?>\n<TED_EXPORT><CODED_DATA_SECTION/></TED_EXPORT>\n");
            Files.move(staging, drop.resolve("notice-ted.xml"), StandardCopyOption.ATOMIC_MOVE);
            DeadLetterService deadLetters = filiere.get(DeadLetterService.class);
            Eventually.await(LIMIT, () -> asideQuietly(".refused").size() == 1
                    && !deadLetters.list(STAFF, Optional.empty()).isEmpty());

            Path refused = aside(".refused").get(0);
            assertThat(refused.getFileName().toString()).endsWith("-notice-ted.xml");
            assertThat(Files.readString(TenderFeedRoutes.reasonFile(refused)))
                    .contains("notice-ted.xml is refused: it is an XML document").contains(FeedKind.READ);
            assertThat(deadLetters.list(STAFF, Optional.empty())).singleElement()
                    .satisfies(l -> assertThat(l.reason()).contains(FeedKind.READ));
            assertThat(aside(".failed")).isEmpty();
        }
    }

    @Test
    void shouldHaveEachDroppedFileTakenByOneNodeOnlyWhenTwoWatchTheFolder() throws Exception {
        TestDatabase database = TestDatabase.derby();
        TestDatabase sameDatabase = new TestDatabase(database.name(), database.properties(), () -> {
        });
        Map<String, String> settings = Map.of("filiere.integration.tender-feeds.drop-directory", drop.toString(),
                "filiere.integration.tender-feeds.drop-poll", "PT0.1S");
        try (FiliereContainer nodeA = FiliereContainer.start(database, settings, ReadTenders.class);
                FiliereContainer nodeB = FiliereContainer.start(sameDatabase, settings, ReadTenders.class)) {
            int files = 12;
            for (int i = 0; i < files; i++) {
                Path staging = Files.createTempFile("feed", ".tmp");
                Files.write(staging, FeedReadingTest.feed("decp-latin1-messy.json"));
                Files.move(staging, drop.resolve("feed-" + i + ".json"), StandardCopyOption.ATOMIC_MOVE);
            }
            Eventually.await(LIMIT, () -> asideQuietly(".done").size() == files);

            int readByA = nodeA.get(ReadTenders.class).all().size();
            int readByB = nodeB.get(ReadTenders.class).all().size();
            assertThat(readByA + readByB).as("3 usable tenders per file, each file read once").isEqualTo(3 * files);
            assertThat(aside(".failed")).isEmpty();
            assertThat(tenderCount(nodeA)).isEqualTo(3);
        }
    }

    @Test
    void shouldPollAFeedOverHttpAndNotReadItAgainWhileTheServerSaysItHasNotChanged() throws Exception {
        byte[] feed = FeedReadingTest.feed("ocds-213czf-000-00001.json");
        AtomicInteger full = new AtomicInteger();
        AtomicInteger notModified = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/ocds/releases.json", exchange -> {
            if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                notModified.incrementAndGet();
                exchange.sendResponseHeaders(304, -1);
                exchange.close();
                return;
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.getResponseHeaders().add("ETag", "\"v1\"");
            exchange.sendResponseHeaders(200, feed.length);
            exchange.getResponseBody().write(feed);
            exchange.close();
            full.incrementAndGet();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/ocds/releases.json";
            Map<String, String> settings = Map.of(
                    "filiere.integration.tender-feeds.poll.url", url,
                    "filiere.integration.tender-feeds.poll.period", "200");
            try (FiliereContainer filiere = FiliereContainer.start(TestDatabase.derby(), settings, ReadTenders.class)) {
                Eventually.await(LIMIT, () -> notModified.get() >= 3);
                assertThat(full.get()).isEqualTo(1);
                assertThat(filiere.get(ReadTenders.class).all()).hasSize(6);
                assertThat(tenderCount(filiere)).isEqualTo(1);
                assertThat(filiere.get(TenderPoll.class).remembered(url)).hasValueSatisfying(v ->
                        assertThat(v.etag()).contains("\"v1\""));
                var tender = filiere.get(TenderService.class).tender(new TenderId("ocds", "ocds-213czf-000-00001"))
                        .orElseThrow();
                assertThat(tender.details().title()).isNotBlank();
                assertThat(filiere.get(ReadTenders.class).all()).extracting(TenderNoticeRead::feed)
                        .allMatch(f -> f.endsWith("/ocds/releases.json"));
            }
        } finally {
            server.stop(0);
        }
    }

    @Test
    void shouldTryAFeedAgainWhenItsServerIsUnavailable() throws Exception {
        byte[] feed = FeedReadingTest.feed("ocds-213czf-000-00001.json");
        AtomicInteger calls = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/feed.json", exchange -> {
            if (calls.incrementAndGet() == 1) {
                exchange.sendResponseHeaders(503, -1);
                exchange.close();
                return;
            }
            exchange.sendResponseHeaders(200, feed.length);
            exchange.getResponseBody().write(feed);
            exchange.close();
        });
        server.start();
        try {
            Map<String, String> settings = Map.of(
                    "filiere.integration.tender-feeds.poll.url",
                    "http://127.0.0.1:" + server.getAddress().getPort() + "/feed.json",
                    "filiere.integration.tender-feeds.poll.period", "3600000",
                    "filiere.integration.tender-feeds.redelivery.delay", "PT0.05S");
            try (FiliereContainer filiere = FiliereContainer.start(TestDatabase.derby(), settings, ReadTenders.class)) {
                Eventually.await(LIMIT, () -> filiere.get(ReadTenders.class).all().size() == 6);
                assertThat(calls.get()).isEqualTo(2);
                assertThat(filiere.get(DeadLetterService.class).list(STAFF, Optional.empty())).isEmpty();
            }
        } finally {
            server.stop(0);
        }
    }
}
