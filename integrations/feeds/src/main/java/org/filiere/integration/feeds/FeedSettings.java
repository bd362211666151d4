package org.filiere.integration.feeds;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;
import org.filiere.integration.camel.http.FetchLimits;

/**
 * The feeds integration's settings, under {@code filiere.integration.tech-feeds.}: see {@link FeedRoutes}.
 */
@ApplicationScoped
public class FeedSettings {

    static final String PREFIX = "filiere.integration." + FeedRoutes.NAME + ".";

    private final Config config;

    @Inject
    public FeedSettings(Config config) {
        this.config = config;
    }

    /** For the CDI container's proxies. */
    protected FeedSettings() {
        this(null);
    }

    /** The timeouts and size limit of every feed fetched. */
    public FetchLimits limits() {
        return new FetchLimits(duration("connect-timeout", Duration.ofSeconds(10)),
                duration("read-timeout", Duration.ofSeconds(30)),
                config.getOptionalValue(PREFIX + "max-bytes", Long.class).orElse(5L * 1024 * 1024));
    }

    Duration duration(String key, Duration otherwise) {
        return config.getOptionalValue(PREFIX + key, Duration.class).orElse(otherwise);
    }
}
