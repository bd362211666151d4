package org.filiere.integration.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.filiere.integration.training.Catalogues.deadLetters;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.filiere.integration.camel.deadletter.DeadLetter;
import org.filiere.persistence.FiliereContainer;
import org.filiere.persistence.TestDatabase;
import org.filiere.training.application.TrainingDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

/** Catalogues dropped in a folder or published at a URL are picked up on their own. */
class CatalogueSourcesTest {

    @TempDir
    Path drop;

    @Test
    void shouldImportAFileDroppedInTheFolderAndMoveItToDone() throws Exception {
        try (FiliereContainer filiere = FiliereContainer.start(TestDatabase.derby(), Map.of(
                "filiere.integration.training-providers.drop-directory", drop.toString(),
                "filiere.integration.training-providers.drop-poll", "PT0.2S"))) {
            Path incoming = Files.createDirectory(drop.resolve("incoming"));
            Files.move(Catalogues.copy("acme-lheo23.xml", incoming), drop.resolve("acme-lheo23.xml"));

            waitUntil(() -> !filiere.get(TrainingDirectory.class).courses().isEmpty());
            waitUntil(() -> filesIn(drop.resolve(".done")) == 1);

            assertThat(filiere.get(TrainingDirectory.class).courses()).singleElement()
                    .satisfies(c -> assertThat(c.title()).isEqualTo("Conduite de projet agile"));
            assertThat(drop.resolve("acme-lheo23.xml")).doesNotExist();
        }
    }

    @Test
    void shouldRefuseAFileThatIsNotLheoWholeAndMoveItAside() throws Exception {
        try (FiliereContainer filiere = FiliereContainer.start(TestDatabase.derby(), Map.of(
                "filiere.integration.training-providers.drop-directory", drop.toString(),
                "filiere.integration.training-providers.drop-poll", "PT0.2S"))) {
            Path incoming = Files.createDirectory(drop.resolve("incoming"));
            Files.move(Catalogues.copy("not-lheo.xml", incoming), drop.resolve("not-lheo.xml"));

            waitUntil(() -> filesIn(drop.resolve(".refused")) == 1);
            waitUntil(() -> !deadLetters(filiere).isEmpty());

            DeadLetter letter = deadLetters(filiere).get(0);
            assertThat(letter.routeId()).isEqualTo(CatalogueRoutes.FILE_ROUTE);
            assertThat(letter.itemKey()).hasValue("not-lheo.xml");
            assertThat(letter.reason()).startsWith("not-lheo.xml is not an LHEO catalogue: it starts with <rss>");
            assertThat(letter.retryable()).isFalse();
            assertThat(filiere.get(TrainingDirectory.class).courses()).isEmpty();
        }
    }

    @Test
    void shouldPollACatalogueFromAUrl() throws Exception {
        AtomicInteger fetched = new AtomicInteger();
        HttpServer provider = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        provider.createContext("/catalogue.xml", exchange -> {
            fetched.incrementAndGet();
            try (InputStream in = getClass().getResourceAsStream("/catalogues/acme-lheo22.xml")) {
                byte[] body = in.readAllBytes();
                exchange.getResponseHeaders().add("Content-Type", "application/xml");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        provider.start();
        String url = "http://127.0.0.1:" + provider.getAddress().getPort() + "/catalogue.xml";
        try (FiliereContainer filiere = FiliereContainer.start(TestDatabase.derby(), Map.of(
                "filiere.integration.training-providers.url", url,
                "filiere.integration.training-providers.url-poll", "PT0.5S"))) {
            waitUntil(() -> fetched.get() >= 2);
            waitUntil(() -> !filiere.get(TrainingDirectory.class).courses().isEmpty());

            assertThat(filiere.get(TrainingDirectory.class).courses()).singleElement()
                    .satisfies(c -> assertThat(c.title()).isEqualTo("Sécurité des applications web"));
            assertThat(deadLetters(filiere)).singleElement()
                    .satisfies(l -> assertThat(l.reason()).contains("SIRET \"3020683820\""));
        } finally {
            provider.stop(0);
        }
    }

    @Test
    void shouldLeaveEveryRouteOutWhenTheIntegrationIsSwitchedOff() throws Exception {
        try (FiliereContainer filiere = FiliereContainer.start(TestDatabase.derby(), Map.of(
                "filiere.integration.training-providers.enabled", "false",
                "filiere.integration.training-providers.drop-directory", drop.toString(),
                "filiere.integration.training-providers.drop-poll", "PT0.2S"))) {
            Catalogues.copy("acme-lheo23.xml", drop);
            Thread.sleep(1500);

            assertThat(filiere.get(org.apache.camel.CamelContext.class).getRoutes())
                    .as("no route of the training providers' integration").extracting(r -> r.getRouteId())
                    .isNotEmpty().noneMatch(id -> id.startsWith(TrainingProviderSettings.INTEGRATION));
            assertThat(filiere.get(org.filiere.integration.camel.CamelBridge.class).skippedIntegrations())
                    .containsOnly(TrainingProviderSettings.INTEGRATION);
            assertThat(drop.resolve("acme-lheo23.xml")).exists();
            assertThat(filiere.get(TrainingDirectory.class).courses()).isEmpty();
        }
    }

    static long filesIn(Path folder) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        } catch (IOException e) {
            return 0;
        }
    }

    static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the condition was not met within 30 s");
            }
            Thread.sleep(100);
        }
    }
}
