package org.filiere.integration.tenders;

import java.time.Duration;
import java.util.Optional;

import org.eclipse.microprofile.config.Config;
import org.filiere.integration.camel.http.FetchLimits;

/**
 * The tender feeds' settings, under {@code filiere.integration.tender-feeds.}:
 *
 * <table>
 * <caption>Configuration properties</caption>
 * <tr><th>property</th><th>default</th><th>meaning</th></tr>
 * <tr><td>{@code drop-directory}</td><td>none: no drop route</td><td>where feed files are dropped (any
 * name not starting with a dot); read files move to {@code .done}, unreadable ones to {@code .failed}, refused ones to {@code .refused},
 * each with a {@code <name>.reason.txt} beside it</td></tr>
 * <tr><td>{@code drop-poll}</td><td>PT1S</td><td>how often the folder is looked at</td></tr>
 * <tr><td>{@code drop-lock-lease}</td><td>PT30M</td><td>how long a file taken by a node is left to it: a file
 * whose node stopped before it was done is taken again by another node (or the same one started again) once this
 * has passed; longer than the longest import</td></tr>
 * <tr><td>{@code poll.url}</td><td>none: no polling</td><td>the web address of a feed file</td></tr>
 * <tr><td>{@code poll.period}</td><td>{@code 3600000}</td><td>how often it is fetched, in milliseconds</td></tr>
 * <tr><td>{@code poll.connect-timeout}</td><td>PT10S</td><td>longest wait for the connection</td></tr>
 * <tr><td>{@code poll.read-timeout}</td><td>PT1M</td><td>longest wait for the answer, and for each part of the
 * body</td></tr>
 * <tr><td>{@code poll.max-bytes}</td><td>2147483648</td><td>largest feed fetched (2 GiB)</td></tr>
 * <tr><td>{@code chunk-entries}</td><td>500</td><td>entries written per transaction</td></tr>
 * <tr><td>{@code max-entry-chars}</td><td>1000000</td><td>largest entry read, in characters; a larger one goes
 * to the dead letters</td></tr>
 * </table>
 */
public final class TenderFeedSettings {

    static final String PREFIX = "filiere.integration." + TenderFeedRoutes.NAME + ".";

    private final Config config;

    public TenderFeedSettings(Config config) {
        this.config = config;
    }

    public Optional<String> dropDirectory() {
        return config.getOptionalValue(PREFIX + "drop-directory", String.class).filter(s -> !s.isBlank());
    }

    public Duration dropPoll() {
        return config.getOptionalValue(PREFIX + "drop-poll", Duration.class).orElse(Duration.ofSeconds(1));
    }

    public Duration dropLockLease() {
        Duration lease = config.getOptionalValue(PREFIX + "drop-lock-lease", Duration.class)
                .orElse(Duration.ofMinutes(30));
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException(PREFIX + "drop-lock-lease must be positive, not " + lease);
        }
        return lease;
    }

    public Optional<String> pollUrl() {
        return config.getOptionalValue(PREFIX + "poll.url", String.class).filter(s -> !s.isBlank());
    }

    public long pollPeriodMillis() {
        return config.getOptionalValue(PREFIX + "poll.period", Long.class).orElse(3_600_000L);
    }

    public FetchLimits pollLimits() {
        return new FetchLimits(
                config.getOptionalValue(PREFIX + "poll.connect-timeout", Duration.class).orElse(Duration.ofSeconds(10)),
                config.getOptionalValue(PREFIX + "poll.read-timeout", Duration.class).orElse(Duration.ofMinutes(1)),
                config.getOptionalValue(PREFIX + "poll.max-bytes", Long.class).orElse(2L << 30));
    }

    public int chunkEntries() {
        int chunk = config.getOptionalValue(PREFIX + "chunk-entries", Integer.class).orElse(500);
        if (chunk < 1) {
            throw new IllegalArgumentException(PREFIX + "chunk-entries must be at least 1, not " + chunk);
        }
        return chunk;
    }

    public long maxEntryChars() {
        long max = config.getOptionalValue(PREFIX + "max-entry-chars", Long.class)
                .orElse(TenderFeedReader.DEFAULT_MAX_ENTRY_CHARS);
        if (max < 1) {
            throw new IllegalArgumentException(PREFIX + "max-entry-chars must be at least 1, not " + max);
        }
        return max;
    }
}
