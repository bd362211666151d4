package org.filiere.integration.partners;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;
import org.filiere.integration.camel.http.FetchLimits;

/** The partners integration's settings, under {@code filiere.integration.partners.}: see {@link PartnerRoutes}. */
@ApplicationScoped
public class PartnerSettings {

    static final String PREFIX = "filiere.integration." + PartnerRoutes.NAME + ".";
    static final String POLL = PREFIX + "poll.";

    private final Config config;

    @Inject
    public PartnerSettings(Config config) {
        this.config = config;
    }

    /** For the CDI container's proxies. */
    protected PartnerSettings() {
        this(null);
    }

    /** The limits of every partner file read. */
    public PartnerLimits limits() {
        PartnerLimits standard = PartnerLimits.standard();
        return new PartnerLimits(
                config.getOptionalValue(PREFIX + "max-file-bytes", Long.class).orElse(standard.maxFileBytes()),
                config.getOptionalValue(PREFIX + "max-record-bytes", Long.class).orElse(standard.maxRecordBytes()),
                config.getOptionalValue(PREFIX + "max-records", Integer.class).orElse(standard.maxRecords()));
    }

    /** The timeouts and size limit of every partner's web address polled. */
    public FetchLimits fetchLimits() {
        return new FetchLimits(duration("connect-timeout", Duration.ofSeconds(10)),
                duration("read-timeout", Duration.ofSeconds(60)), limits().maxFileBytes());
    }

    /** The web addresses polled, by partner source key ({@code poll.<source>=<url>}). */
    public Map<String, String> polled() {
        Map<String, String> polled = new TreeMap<>();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith(POLL) && name.length() > POLL.length()) {
                config.getOptionalValue(name, String.class).ifPresent(url -> polled.put(name.substring(POLL.length()), url));
            }
        }
        return polled;
    }

    /** The folder the directory is written to, if any. */
    public Optional<Path> publishDirectory() {
        return config.getOptionalValue(PREFIX + "publish-directory", String.class).map(Path::of);
    }

    /** The association's name, as its members' {@code memberOf}. */
    public String clusterName() {
        return config.getOptionalValue(PREFIX + "directory.cluster-name", String.class).orElse("Filière");
    }

    /** The start of the published {@code @id}s. */
    public String idBase() {
        String base = config.getOptionalValue(PREFIX + "directory.id-base", String.class).orElse("urn:filiere:");
        return base.endsWith("/") || base.endsWith(":") ? base : base + "/";
    }

    Duration duration(String key, Duration otherwise) {
        return config.getOptionalValue(PREFIX + key, Duration.class).orElse(otherwise);
    }
}
