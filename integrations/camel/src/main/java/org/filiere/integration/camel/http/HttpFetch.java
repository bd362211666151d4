package org.filiere.integration.camel.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.Optional;

import org.filiere.integration.camel.TransientFailureException;

/**
 * Fetches a document from a partner's web server with the JDK's HTTP client: a connect timeout and a timeout for the
 * whole answer on every call, redirects followed, and the body streamed up to a size limit. A 5xx or 429 status and
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
}
