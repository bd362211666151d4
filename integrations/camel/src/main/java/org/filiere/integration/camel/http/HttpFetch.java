package org.filiere.integration.camel.http;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.Optional;

import org.filiere.integration.camel.TransientFailureException;

/**
 * Fetches a document from a partner's web server: a connect timeout and a read timeout on every call, redirects
 * followed, and the body streamed up to a size limit, whole ({@link #get}) or as a stream for large documents, with
 * a conditional request that lets the server say the document has not changed ({@link #open}). A 5xx or 429 status and
 * a timeout are transient ({@link TransientFailureException}, or the {@link IOException} itself); a 4xx status, a
 * body too large or an address that is not http(s) are permanent ({@link FetchRefusedException}).
 */
public final class HttpFetch {

    private final HttpClient client;
    private final FetchLimits limits;

    public HttpFetch(FetchLimits limits) {
        this.limits = limits;
        this.client = HttpClient.newBuilder().connectTimeout(limits.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /**
     * A fetched document.
     *
     * @param uri         where it came from
     * @param body        its bytes, at most the limit
     * @param contentType its media type, if the server said
     */
    public record Fetched(URI uri, byte[] body, Optional<String> contentType) {
    }

    /**
     * Fetches a document.
     *
     * @throws IOException                if the connection failed or timed out (transient)
     * @throws TransientFailureException  if the server answered 5xx or 429
     * @throws FetchRefusedException      if the server answered 4xx, the body is too large or the address is not
     *                                    http or https
     */
    public Fetched get(URI uri, String accept) throws IOException {
        if (uri.getScheme() == null || !uri.getScheme().matches("https?")) {
            throw new FetchRefusedException(uri + " is not an http or https address");
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(limits.readTimeout()).header("Accept", accept)
                .header("User-Agent", "Filiere").GET().build();
        HttpResponse<InputStream> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while fetching " + uri, e);
        } catch (HttpTimeoutException e) {
            throw new HttpTimeoutException("No answer from " + uri + " within " + limits.readTimeout()
                    + " (or no connection within " + limits.connectTimeout() + ")");
        }
        try (InputStream body = BoundedInput.of(response.body(), limits.maxBytes(), "The answer of " + uri)) {
            int status = response.statusCode();
            if (status >= 500 || status == 429) {
                throw new TransientFailureException(uri + " answered " + status + "; it will be tried again");
            }
            if (status >= 400) {
                throw new FetchRefusedException(uri + " answered " + status + "; the address or the access is wrong");
            }
            if (response.headers().firstValueAsLong("Content-Length").orElse(0) > limits.maxBytes()) {
                throw new FetchRefusedException("The answer of " + uri + " is larger than the " + limits.maxBytes()
                        + " bytes accepted");
            }
            return new Fetched(uri, body.readAllBytes(), response.headers().firstValue("Content-Type"));
        } catch (BodyTooLargeException e) {
            throw new FetchRefusedException(e.getMessage());
        }
    }

    /**
     * What a conditional fetch knows of a document from an earlier answer, to send back to the server.
     *
     * @param etag         the {@code ETag} it gave
     * @param lastModified the {@code Last-Modified} it gave
     */
    public record Validators(Optional<String> etag, Optional<String> lastModified) {

        /** Nothing known: the document is fetched whatever it is. */
        public static final Validators NONE = new Validators(Optional.empty(), Optional.empty());

        /** Whether there is anything to send. */
        public boolean any() {
            return etag.isPresent() || lastModified.isPresent();
        }
    }

    /**
     * A document being fetched, its body to be read as a stream up to the size limit, or the server's word that it
     * has not changed. Close it once read.
     */
    public static final class Opened implements Closeable {

        private final URI uri;
        private final Optional<InputStream> body;
        private final Optional<String> contentType;
        private final Validators validators;
        private final HttpURLConnection connection;

        private Opened(URI uri, Optional<InputStream> body, Optional<String> contentType, Validators validators,
                HttpURLConnection connection) {
            this.uri = uri;
            this.body = body;
            this.contentType = contentType;
            this.validators = validators;
            this.connection = connection;
        }

        public URI uri() {
            return uri;
        }

        /** Whether the server said the document has not changed since the validators sent (a 304). */
        public boolean notModified() {
            return body.isEmpty();
        }

        /**
         * The body: reading past the size limit fails with a {@link BodyTooLargeException}, and a wait for data longer
         * than the read timeout with a {@link SocketTimeoutException}.
         *
         * @throws IllegalStateException if the document has not changed
         */
        public InputStream body() {
            return body.orElseThrow(() -> new IllegalStateException(uri + " has not changed: there is no body"));
        }

        public Optional<String> contentType() {
            return contentType;
        }

        /** The validators of this answer, to send with the next fetch of the same address. */
        public Validators validators() {
            return validators;
        }

        @Override
        public void close() throws IOException {
            try {
                if (body.isPresent()) {
                    body.get().close();
                }
            } finally {
                connection.disconnect();
            }
        }
    }

    /**
     * Opens a document to read as a stream, sending what is known of it ({@code If-None-Match},
     * {@code If-Modified-Since}) so that the server can say it has not changed. The connect timeout bounds the
     * connection; the read timeout bounds the wait for the answer and each wait for more of its body.
     *
     * @throws IOException               if the connection failed or timed out (transient)
     * @throws TransientFailureException if the server answered 5xx or 429
     * @throws FetchRefusedException     if the server answered 4xx or another status that is not a document, said
     *                                   the body is larger than the limit, or the address is not http or https
     */
    public Opened open(URI uri, String accept, Validators known) throws IOException {
        if (uri.getScheme() == null || !uri.getScheme().matches("https?")) {
            throw new FetchRefusedException(uri + " is not an http or https address");
        }
        HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
        connection.setConnectTimeout(Math.toIntExact(Math.min(Integer.MAX_VALUE, limits.connectTimeout().toMillis())));
        connection.setReadTimeout(Math.toIntExact(Math.min(Integer.MAX_VALUE, limits.readTimeout().toMillis())));
        connection.setInstanceFollowRedirects(true);
        connection.setUseCaches(false);
        connection.setRequestProperty("Accept", accept);
        connection.setRequestProperty("User-Agent", "Filiere");
        known.etag().ifPresent(etag -> connection.setRequestProperty("If-None-Match", etag));
        known.lastModified().ifPresent(date -> connection.setRequestProperty("If-Modified-Since", date));
        boolean handedOver = false;
        try {
            int status = answer(connection, uri);
            Validators validators = new Validators(Optional.ofNullable(connection.getHeaderField("ETag")),
                    Optional.ofNullable(connection.getHeaderField("Last-Modified")));
            Optional<String> contentType = Optional.ofNullable(connection.getContentType());
            if (status == HttpURLConnection.HTTP_NOT_MODIFIED && known.any()) {
                handedOver = true;
                return new Opened(uri, Optional.empty(), contentType, validators, connection);
            }
            if (status >= 500 || status == 429) {
                throw new TransientFailureException(uri + " answered " + status + "; it will be tried again");
            }
            if (status >= 400) {
                throw new FetchRefusedException(uri + " answered " + status + "; the address or the access is wrong");
            }
            if (status < 200 || status >= 300) {
                throw new FetchRefusedException(uri + " answered " + status + " instead of a document");
            }
            if (connection.getContentLengthLong() > limits.maxBytes()) {
                throw new FetchRefusedException("The answer of " + uri + " is larger than the " + limits.maxBytes()
                        + " bytes accepted");
            }
            InputStream body = BoundedInput.of(connection.getInputStream(), limits.maxBytes(), "The answer of " + uri);
            handedOver = true;
            return new Opened(uri, Optional.of(body), contentType, validators, connection);
        } finally {
            if (!handedOver) {
                connection.disconnect();
            }
        }
    }

    private int answer(HttpURLConnection connection, URI uri) throws IOException {
        try {
            return connection.getResponseCode();
        } catch (SocketTimeoutException e) {
            SocketTimeoutException timeout = new SocketTimeoutException("No answer from " + uri + " within "
                    + limits.readTimeout() + " (or no connection within " + limits.connectTimeout() + ")");
            timeout.initCause(e);
            throw timeout;
        }
    }
}
