package org.filiere.integration.tenders;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

import org.filiere.access.Actor;
import org.filiere.integration.camel.deadletter.DeadLetter;
import org.filiere.integration.camel.deadletter.DeadLetterService;
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
            Eventually.await(LIMIT, () -> Files.exists(drop.resolve(".done/decp-latin1-messy.json"))
                    && filiere.get(ReadTenders.class).all().size() == 3);

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
            assertThat(filiere.get(ReadTenders.class).all().subList(3, 6))
                    .allSatisfy(r -> assertThat(r.outcome()).isEqualTo(TenderReception.Outcome.UNCHANGED));
        }
    }

    @Test
    void shouldDeadLetterAFileThatIsNotAFeed() throws Exception {
        Map<String, String> settings = Map.of("filiere.integration.tender-feeds.drop-directory", drop.toString());
        try (FiliereContainer filiere = FiliereContainer.start(TestDatabase.derby(), settings)) {
            dropFile("not-a-feed.json");
            DeadLetterService deadLetters = filiere.get(DeadLetterService.class);
            Eventually.await(LIMIT, () -> !deadLetters.list(STAFF, Optional.empty()).isEmpty());
            assertThat(deadLetters.list(STAFF, Optional.empty())).singleElement().satisfies(letter -> {
                assertThat(letter.routeId()).isEqualTo("tender-file");
                assertThat(letter.reason()).contains("not-a-feed.json").contains("not JSON");
            });
            assertThat(tenderCount(filiere)).isZero();
        }
    }

    @Test
    void shouldPollAFeedOverHttpAndNeverDuplicateItsTenders() throws Exception {
        byte[] feed = FeedReadingTest.feed("ocds-213czf-000-00001.json");
        AtomicInteger served = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/ocds/releases.json", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, feed.length);
            exchange.getResponseBody().write(feed);
            exchange.close();
            served.incrementAndGet();
        });
        server.start();
        try {
            Map<String, String> settings = Map.of(
                    "filiere.integration.tender-feeds.poll.url",
                    "http://127.0.0.1:" + server.getAddress().getPort() + "/ocds/releases.json",
                    "filiere.integration.tender-feeds.poll.period", "300");
            try (FiliereContainer filiere = FiliereContainer.start(TestDatabase.derby(), settings, ReadTenders.class)) {
                Eventually.await(LIMIT, () -> filiere.get(ReadTenders.class).all().size() >= 12);
                assertThat(served.get()).isGreaterThanOrEqualTo(2);
                assertThat(tenderCount(filiere)).isEqualTo(1);
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
}
