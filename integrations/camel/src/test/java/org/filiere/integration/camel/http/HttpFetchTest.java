package org.filiere.integration.camel.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;

import org.filiere.integration.camel.TransientFailureException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Fetching from a real HTTP server on loopback: timeouts, size limit and the transient or permanent rule. */
class HttpFetchTest {

    private HttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/ok", e -> answer(e, 200, "<rss/>"));
        server.createContext("/big", e -> answer(e, 200, "x".repeat(5000)));
        server.createContext("/gone", e -> answer(e, 404, "no"));
        server.createContext("/busy", e -> answer(e, 429, "later"));
        server.createContext("/down", e -> answer(e, 503, "down"));
        server.createContext("/slow", e -> {
            try {
                Thread.sleep(5000);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
            answer(e, 200, "late");
        });
        server.createContext("/chunked", e -> {
            e.sendResponseHeaders(200, 0);
            for (int i = 0; i < 101; i++) {
                e.getResponseBody().write("0123456789".getBytes(StandardCharsets.US_ASCII));
            }
            e.close();
        });
        server.createContext("/feed", e -> {
            String etag = "\"v7\"";
            if (etag.equals(e.getRequestHeaders().getFirst("If-None-Match"))
                    || "Tue, 02 Dec 2025 10:00:00 GMT".equals(e.getRequestHeaders().getFirst("If-Modified-Since"))) {
                e.sendResponseHeaders(304, -1);
                e.close();
                return;
            }
            e.getResponseHeaders().add("ETag", etag);
            e.getResponseHeaders().add("Last-Modified", "Tue, 02 Dec 2025 10:00:00 GMT");
            answer(e, 200, "{\"releases\": []}");
        });
        server.createContext("/stall", e -> {
            e.sendResponseHeaders(200, 0);
            e.getResponseBody().write("{\"marches\": [".getBytes(StandardCharsets.US_ASCII));
            e.getResponseBody().flush();
            try {
                released.await(10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
            e.close();
        });
        server.start();
    }

    private final java.util.concurrent.CountDownLatch released = new java.util.concurrent.CountDownLatch(1);

    private static void answer(com.sun.net.httpserver.HttpExchange e, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        e.getResponseHeaders().add("Content-Type", "application/rss+xml");
        e.sendResponseHeaders(status, bytes.length);
        e.getResponseBody().write(bytes);
        e.close();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private URI at(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private final HttpFetch fetch = new HttpFetch(new FetchLimits(Duration.ofSeconds(2), Duration.ofMillis(1500), 1000));

    @Test
    void shouldBringBackTheBodyAndItsContentType() throws IOException {
        HttpFetch.Fetched fetched = fetch.get(at("/ok"), "application/rss+xml");

        assertThat(new String(fetched.body(), StandardCharsets.UTF_8)).isEqualTo("<rss/>");
        assertThat(fetched.contentType()).contains("application/rss+xml");
    }

    @Test
    void shouldRefuseABodyOverTheLimitWhetherItsLengthIsSaidOrNot() {
        assertThatThrownBy(() -> fetch.get(at("/big"), "*/*")).isInstanceOf(FetchRefusedException.class)
                .hasMessageContaining("larger than the 1000 bytes accepted");
        assertThatThrownBy(() -> fetch.get(at("/chunked"), "*/*")).isInstanceOf(FetchRefusedException.class)
                .hasMessageContaining("larger than the 1000 bytes accepted");
    }

    @Test
    void shouldClassA4xxAsPermanentAnd429Or5xxAsTransient() {
        assertThatThrownBy(() -> fetch.get(at("/gone"), "*/*")).isInstanceOf(FetchRefusedException.class)
                .hasMessageContaining("answered 404");
        assertThatThrownBy(() -> fetch.get(at("/busy"), "*/*")).isInstanceOf(TransientFailureException.class)
                .hasMessageContaining("answered 429");
        assertThatThrownBy(() -> fetch.get(at("/down"), "*/*")).isInstanceOf(TransientFailureException.class)
                .hasMessageContaining("answered 503");
    }

    @Test
    void shouldStopWaitingAtTheReadTimeout() {
        long start = System.nanoTime();
        assertThatThrownBy(() -> fetch.get(at("/slow"), "*/*")).isInstanceOf(HttpTimeoutException.class)
                .hasMessageContaining("No answer from " + at("/slow"));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(4500));
    }

    @Test
    void shouldRefuseAnAddressThatIsNotHttp() {
        assertThatThrownBy(() -> fetch.get(URI.create("file:///etc/passwd"), "*/*"))
                .isInstanceOf(FetchRefusedException.class).hasMessageContaining("not an http or https address");
    }

    @Test
    void shouldFailAStreamReadPastItsLimit() {
        assertThatThrownBy(() -> BoundedInput.of(new ByteArrayInputStream(new byte[11]), 10, "File x").readAllBytes())
                .isInstanceOf(BodyTooLargeException.class).hasMessage("File x is larger than the 10 bytes accepted");
    }

    private HttpFetch.Opened open(String path, HttpFetch.Validators known, FetchLimits limits) throws IOException {
        return new HttpFetch(limits).open(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path),
                "application/json", known);
    }

    private static FetchLimits limits(long maxBytes) {
        return new FetchLimits(Duration.ofSeconds(2), Duration.ofMillis(500), maxBytes);
    }

    @Test
    void shouldStreamADocumentAndGiveItsValidatorsForTheNextFetch() throws IOException {
        try (HttpFetch.Opened feed = open("/feed", HttpFetch.Validators.NONE, limits(1000))) {
            assertThat(feed.notModified()).isFalse();
            assertThat(new String(feed.body().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("{\"releases\": []}");
            assertThat(feed.validators().etag()).contains("\"v7\"");
            assertThat(feed.validators().lastModified()).contains("Tue, 02 Dec 2025 10:00:00 GMT");
        }
    }

    @Test
    void shouldSayADocumentHasNotChangedWhenTheServerAnswers304ToItsValidators() throws IOException {
        var byEtag = new HttpFetch.Validators(java.util.Optional.of("\"v7\""), java.util.Optional.empty());
        try (HttpFetch.Opened feed = open("/feed", byEtag, limits(1000))) {
            assertThat(feed.notModified()).isTrue();
            assertThatThrownBy(feed::body).isInstanceOf(IllegalStateException.class);
        }
        var byDate = new HttpFetch.Validators(java.util.Optional.empty(),
                java.util.Optional.of("Tue, 02 Dec 2025 10:00:00 GMT"));
        try (HttpFetch.Opened feed = open("/feed", byDate, limits(1000))) {
            assertThat(feed.notModified()).isTrue();
        }
    }

    @Test
    void shouldClassTheAnswersOfAStreamedFetchLikeTheOthers() {
        assertThatThrownBy(() -> open("/down", HttpFetch.Validators.NONE, limits(1000)))
                .isInstanceOf(TransientFailureException.class).hasMessageContaining("503");
        assertThatThrownBy(() -> open("/busy", HttpFetch.Validators.NONE, limits(1000)))
                .isInstanceOf(TransientFailureException.class).hasMessageContaining("429");
        assertThatThrownBy(() -> open("/gone", HttpFetch.Validators.NONE, limits(1000)))
                .isInstanceOf(FetchRefusedException.class).hasMessageContaining("404");
        assertThatThrownBy(() -> open("/big", HttpFetch.Validators.NONE, limits(1000)))
                .isInstanceOf(FetchRefusedException.class).hasMessageContaining("larger than the 1000 bytes");
    }

    @Test
    void shouldRefuseAStreamedBodyPastTheLimitWithoutAContentLength() throws IOException {
        try (HttpFetch.Opened feed = open("/chunked", HttpFetch.Validators.NONE, limits(500))) {
            assertThatThrownBy(() -> feed.body().readAllBytes()).isInstanceOf(BodyTooLargeException.class)
                    .hasMessageContaining("larger than the 500 bytes accepted");
        }
    }

    @Test
    void shouldGiveUpWhenTheAnswerOrItsBodyStalls() throws IOException {
        assertThatThrownBy(() -> open("/slow", HttpFetch.Validators.NONE, limits(1000)))
                .isInstanceOf(java.net.SocketTimeoutException.class).hasMessageContaining("No answer from");
        try (HttpFetch.Opened feed = open("/stall", HttpFetch.Validators.NONE, limits(1000))) {
            assertThatThrownBy(() -> feed.body().readAllBytes()).isInstanceOf(java.net.SocketTimeoutException.class);
        } finally {
            released.countDown();
        }
    }
}
