package org.filiere.integration.partners;

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
import java.util.function.BooleanSupplier;

import com.sun.net.httpserver.HttpServer;

import org.filiere.access.Actor;
import org.filiere.directory.PartnerQuery;
import org.filiere.directory.PartnerSource;
import org.filiere.directory.application.PartnerDirectoryService;
import org.filiere.integration.camel.deadletter.DeadLetter;
import org.filiere.integration.camel.deadletter.DeadLetterService;
import org.filiere.persistence.FiliereContainer;
import org.filiere.persistence.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Partners' files through the real Camel routes into the database: dropped in a folder, and polled over HTTP. */
class PartnerRoutesTest {

    private static final Actor STAFF = Actor.staff("claire-martin", "Claire Martin");
    private static final PartnerSource POLE = new PartnerSource("pole-sud");
    private static final Duration LIMIT = Duration.ofSeconds(60);

    @TempDir
    Path drop;

    private void dropFile(String source, String name) throws IOException {
        Path folder = Files.createDirectories(drop.resolve(source));
        Path staging = Files.createTempFile("partner", ".tmp");
        Files.write(staging, PartnerFileReaderTest.file(name));
        Files.move(staging, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
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
    void shouldTakeInADroppedDirectoryDeadLetterItsBadRecordsAndNeverDuplicateOnReading() throws IOException {
        Map<String, String> settings = Map.of("filiere.integration.partners.drop-directory", drop.toString());
        try (FiliereContainer filiere = FiliereContainer.start(TestDatabase.derby(), settings)) {
            PartnerDirectoryService partners = filiere.get(PartnerDirectoryService.class);
            DeadLetterService deadLetters = filiere.get(DeadLetterService.class);

            dropFile("pole-sud", "pole-annuaire.jsonld");
            await(() -> Files.exists(drop.resolve("pole-sud/.done/pole-annuaire.jsonld")) && partners.count(POLE) == 3);
            dropFile("pole-sud", "agenda-pole.ics");
            await(() -> Files.exists(drop.resolve("pole-sud/.done/agenda-pole.ics")));
            dropFile("pole-sud", "pole-annuaire.jsonld");
            await(() -> !Files.exists(drop.resolve("pole-sud/pole-annuaire.jsonld"))
                    && deadLetters.list(STAFF, Optional.empty()).stream().anyMatch(l -> l.attempts() == 2));

            assertThat(partners.count(POLE)).as("2 listings and 3 events, none twice").isEqualTo(5);
            assertThat(partners.search(PartnerQuery.words("maintenance")))
                    .extracting(l -> l.details().name()).containsExactly("Provence Logiciels");
            assertThat(partners.people(STAFF, POLE)).extracting(p -> p.details().name()).containsExactly("Inès Moreau");
            List<DeadLetter> letters = deadLetters.list(STAFF, Optional.empty());
            assertThat(letters).extracting(DeadLetter::reason).containsExactlyInAnyOrder(
                    "\"Entreprise au SIRET faux\": its field \"iso6523Code\" \"0009:12345678901234\" does not carry a valid SIRET",
                    "node 4: its field \"name\" is an object, where a text is expected",
                    "agenda-pole.ics: event \"Sans UID\" has no UID, so it could not be recognised when read again");
            assertThat(letters).allSatisfy(l -> assertThat(l.routeId()).isEqualTo("partner-file"));
        }
    }

    @Test
    void shouldRefuseAHostileFileWholeAndStoreNothingOfIt() throws IOException {
        Map<String, String> settings = Map.of("filiere.integration.partners.drop-directory", drop.toString());
        try (FiliereContainer filiere = FiliereContainer.start(TestDatabase.derby(), settings)) {
            DeadLetterService deadLetters = filiere.get(DeadLetterService.class);

            dropFile("pole-sud", "truncated.jsonld");
            dropFile("pole-sud", "external-context.jsonld");
            await(() -> deadLetters.list(STAFF, Optional.empty()).size() == 2
                    && Files.exists(drop.resolve("pole-sud/.refused/truncated.jsonld"))
                    && Files.exists(drop.resolve("pole-sud/.refused/external-context.jsonld")));

            assertThat(deadLetters.list(STAFF, Optional.empty())).extracting(DeadLetter::reason).anySatisfy(
                    r -> assertThat(r).startsWith("truncated.jsonld is not well-formed JSON")).anySatisfy(
                    r -> assertThat(r).contains("its @context refers to"));
            assertThat(filiere.get(PartnerDirectoryService.class).count(POLE)).as("not even the first record")
                    .isZero();
        }
    }

    @Test
    void shouldPollAPartnersAddressOverHttpWithinItsLimits() throws IOException {
        byte[] popolo = PartnerFileReaderTest.file("reseau-popolo.json");
        AtomicInteger served = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/reseau.json", exchange -> {
            served.incrementAndGet();
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, popolo.length);
            exchange.getResponseBody().write(popolo);
            exchange.close();
        });
        server.createContext("/enorme.json", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            byte[] chunk = "[".getBytes();
            for (int i = 0; i < 3000; i++) {
                exchange.getResponseBody().write(chunk);
            }
            exchange.close();
        });
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        Map<String, String> settings = Map.of(
                "filiere.integration.partners.poll.reseau-var", base + "/reseau.json",
                "filiere.integration.partners.poll.enorme", base + "/enorme.json",
                "filiere.integration.partners.max-file-bytes", "2000",
                "filiere.integration.partners.poll-period", "PT1S");
        try (FiliereContainer filiere = FiliereContainer.start(TestDatabase.derby(), settings)) {
            PartnerDirectoryService partners = filiere.get(PartnerDirectoryService.class);
            DeadLetterService deadLetters = filiere.get(DeadLetterService.class);
            PartnerSource var = new PartnerSource("reseau-var");

            await(() -> served.get() >= 3 && deadLetters.list(STAFF, Optional.empty()).stream()
                    .anyMatch(l -> l.reason().contains("larger than the 2000 bytes accepted")));

            assertThat(partners.count(var)).as("2 listings and 1 event, polled again and again").isEqualTo(3);
            assertThat(partners.people(STAFF, var)).hasSize(1);
            assertThat(partners.count(new PartnerSource("enorme"))).isZero();
        } finally {
            server.stop(0);
        }
    }
}
