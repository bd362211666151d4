package org.filiere.integration.tenders;

import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;
import org.filiere.integration.camel.http.HttpFetch;
import org.filiere.integration.camel.http.HttpFetch.Validators;

/**
 * Fetches a web feed and streams it into the market watch, with the connect and read timeouts and the size limit of
 * the settings. The feed's {@code ETag} and {@code Last-Modified} are remembered once it was imported, per address,
 * and sent with the next fetch: a feed the server says has not changed is not read again.
 */
@ApplicationScoped
public class TenderPoll {

    private static final Logger LOG = Logger.getLogger(TenderPoll.class.getName());
    private static final String ACCEPT = "application/json";

    private final TenderImport tenderImport;
    private final HttpFetch http;
    private final Map<String, Validators> known = new ConcurrentHashMap<>();

    @Inject
    public TenderPoll(TenderImport tenderImport, Config config) {
        this.tenderImport = tenderImport;
        this.http = config == null ? null : new HttpFetch(new TenderFeedSettings(config).pollLimits());
    }

    /** For the CDI container's proxies. */
    protected TenderPoll() {
        this(null, null);
    }

    /**
     * Fetches the feed at an address and imports it, unless the server says it has not changed since the last
     * import.
     *
     * @return the report of the import, with no kind and no entries when the feed had not changed
     * @throws IOException if the connection failed or timed out (transient)
     */
    public FeedReport fetch(String url) throws IOException {
        Validators sent = known.getOrDefault(url, Validators.NONE);
        try (HttpFetch.Opened feed = http.open(URI.create(url), ACCEPT, sent)) {
            if (feed.notModified()) {
                LOG.fine(() -> "Tender feed " + url + " has not changed");
                return FeedReport.empty(url);
            }
            FeedReport report = tenderImport.importFeed(url, feed.body());
            if (feed.validators().any()) {
                known.put(url, feed.validators());
            }
            return report;
        }
    }

    /** What is remembered of a feed, for the next fetch. */
    public Optional<Validators> remembered(String url) {
        return Optional.ofNullable(known.get(url));
    }
}
