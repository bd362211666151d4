package org.filiere.integration.training.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.apache.camel.ProducerTemplate;
import org.filiere.integration.camel.deadletter.DeadLetter;
import org.filiere.integration.camel.deadletter.DeadLetterService;
import org.filiere.integration.camel.outbox.OutboxCounts;
import org.filiere.integration.camel.outbox.OutboxRelay;
import org.filiere.integration.camel.outbox.OutboxStore;
import org.filiere.integration.training.CatalogueRoutes;
import org.filiere.integration.training.Catalogues;
import org.filiere.persistence.FiliereContainer;
import org.filiere.persistence.TestDatabase;
import org.filiere.training.Participant;
import org.filiere.training.SessionQuery;
import org.filiere.training.application.RegistrationService;
import org.filiere.training.application.SessionView;
import org.filiere.training.application.TrainingCommands.Register;
import org.filiere.training.application.TrainingDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

/**
 * A confirmed registration on an outside organisation's session is POSTed to the organisation as JSON; when the
 * organisation is down it is tried again, then kept in the dead letters until staff retry it.
 */
class RegistrationForwardingTest {

    private static final String ACME = "30206838200050";

    @TempDir
    Path folder;

    private HttpServer provider;
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final List<String> idempotencyKeys = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void startProvider() throws IOException {
        provider = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        provider.createContext("/registrations", exchange -> {
            requests.incrementAndGet();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (failuresLeft.getAndDecrement() > 0) {
                exchange.sendResponseHeaders(503, -1);
            } else {
                received.add(body);
                idempotencyKeys.add(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
                exchange.sendResponseHeaders(201, -1);
            }
            exchange.close();
        });
        provider.start();
    }

    @AfterEach
    void stopProvider() {
        provider.stop(0);
    }

    private FiliereContainer start(int port) {
        return FiliereContainer.start(TestDatabase.derby(), Map.of(
                "filiere.integration.training-providers.registrations-url." + ACME,
                "http://127.0.0.1:" + port + "/registrations",
                "filiere.integration.training-providers.redelivery.maximum", "3",
                "filiere.integration.training-providers.redelivery.delay", "PT0.05S",
                "filiere.integration.outbox.period", "PT0.1S"));
    }

    private SessionView importAcmeAndRegister(FiliereContainer filiere) {
        filiere.get(ProducerTemplate.class).requestBody(CatalogueRoutes.IMPORT,
                Catalogues.copy("acme-lheo22.xml", folder));
        SessionView session = filiere.get(TrainingDirectory.class).sessions(SessionQuery.all()).get(0);
        filiere.get(RegistrationService.class).register(new Register(Catalogues.STAFF, session.id(),
                new Participant("Léa Girard", "lea.girard@example.fr", "Alpes Logiciels", Optional.empty(),
                        Optional.empty())));
        return session;
    }

    @Test
    void shouldPostAConfirmedRegistrationToAProviderThatFailsThenRecovers() throws Exception {
        failuresLeft.set(2);
        try (FiliereContainer filiere = start(provider.getAddress().getPort())) {
            SessionView session = importAcmeAndRegister(filiere);

            waitUntil(() -> received.size() == 1);

            assertThat(requests).hasValue(3);
            assertThat(received.get(0)).contains("\"provider\":\"" + ACME + "\"")
                    .contains("\"session\":\"" + session.externalReference().orElseThrow().id() + "\"")
                    .contains("\"course\":\"A-100\"").contains("\"email\":\"lea.girard@example.fr\"");
            assertThat(idempotencyKeys.get(0)).isNotBlank();
            assertThat(Catalogues.deadLetters(filiere)).extracting(DeadLetter::routeId)
                    .doesNotContain(RegistrationRoutes.SEND_ROUTE);
        }
    }

    @Test
    void shouldKeepTheRegistrationInTheDeadLettersWhileTheProviderIsDownAndSendItOnRetry() throws Exception {
        int port = provider.getAddress().getPort();
        provider.stop(0);
        try (FiliereContainer filiere = start(port)) {
            importAcmeAndRegister(filiere);
            waitUntil(() -> Catalogues.deadLetters(filiere).stream()
                    .anyMatch(l -> l.routeId().equals(RegistrationRoutes.SEND_ROUTE)));
            DeadLetter letter = Catalogues.deadLetters(filiere).stream()
                    .filter(l -> l.routeId().equals(RegistrationRoutes.SEND_ROUTE)).findFirst().orElseThrow();
            assertThat(letter.item()).contains("lea.girard@example.fr");
            assertThat(letter.headers()).containsEntry(RegistrationRoutes.PROVIDER_HEADER, ACME);

            provider = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            provider.createContext("/registrations", exchange -> {
                received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                exchange.sendResponseHeaders(201, -1);
                exchange.close();
            });
            provider.start();
            var outcome = filiere.get(DeadLetterService.class).retry(Catalogues.STAFF, letter.id());

            assertThat(outcome.succeeded()).isTrue();
            assertThat(received).singleElement().asString().contains("lea.girard@example.fr");
        }
    }

    @Test
    void shouldSendNothingForAProviderWithoutARegistrationsUrl() throws Exception {
        try (FiliereContainer filiere = FiliereContainer.start(TestDatabase.derby())) {
            importAcmeAndRegister(filiere);
            filiere.get(OutboxRelay.class).relayNow();
            assertThat(filiere.get(OutboxStore.class).counts()).extracting(OutboxCounts::channel)
                    .doesNotContain(RegistrationChannel.NAME);
            assertThat(requests).hasValue(0);
            assertThat(Catalogues.deadLetters(filiere)).extracting(DeadLetter::routeId)
                    .doesNotContain(RegistrationRoutes.SEND_ROUTE);
        }
    }

    @Test
    void shouldSendARegistrationWaitingInTheOutboxWhenTheNodeIsBack() throws Exception {
        int port = provider.getAddress().getPort();
        TestDatabase onDisk = new TestDatabase("derby", Map.of("filiere.db.url",
                "jdbc:derby:" + folder.resolve("db") + ";create=true"), () -> {
                });
        Map<String, String> settings = Map.of(
                "filiere.integration.training-providers.registrations-url." + ACME,
                "http://127.0.0.1:" + port + "/registrations", "filiere.integration.outbox.period", "PT0.1S");
        Map<String, String> stopsBeforeSending = new java.util.HashMap<>(settings);
        stopsBeforeSending.put("filiere.integration.outbox.enabled", "false");
        try (FiliereContainer filiere = FiliereContainer.start(onDisk, stopsBeforeSending)) {
            importAcmeAndRegister(filiere);
            assertThat(filiere.get(OutboxStore.class).counts())
                    .contains(new OutboxCounts(RegistrationChannel.NAME, 1, 0, 0));
        }
        assertThat(requests).hasValue(0);

        try (FiliereContainer restarted = FiliereContainer.start(onDisk, settings)) {
            waitUntil(() -> received.size() == 1);

            assertThat(received.get(0)).contains("\"email\":\"lea.girard@example.fr\"");
            waitUntil(() -> restarted.get(OutboxStore.class).counts()
                    .contains(new OutboxCounts(RegistrationChannel.NAME, 0, 1, 0)));
        }
    }

    static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the condition was not met within 30 s");
            }
            Thread.sleep(50);
        }
    }
}
