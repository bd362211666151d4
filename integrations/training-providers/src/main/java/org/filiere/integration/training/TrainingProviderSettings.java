package org.filiere.integration.training;

import java.nio.charset.Charset;
import java.time.Duration;
import java.util.Optional;

import org.eclipse.microprofile.config.Config;
import org.filiere.integration.training.lheo.LheoReader;

/**
 * The training-providers integration's settings, under {@code filiere.integration.training-providers.}:
 *
 * <table>
 * <caption>Configuration properties</caption>
 * <tr><th>property</th><th>default</th><th>meaning</th></tr>
 * <tr><td>{@code enabled}</td><td>true</td><td>whether the integration runs</td></tr>
 * <tr><td>{@code drop-directory}</td><td>none</td><td>folder watched for catalogue files; processed files move
 * to {@code .done}, refused ones to {@code .refused}, failed ones to {@code .failed}</td></tr>
 * <tr><td>{@code drop-poll}</td><td>PT10S</td><td>how often the folder is looked at</td></tr>
 * <tr><td>{@code drop-lock-lease}</td><td>PT30M</td><td>how long a file taken by a node is left to it: a file
 * still in the folder after that (its node stopped part-way) is taken again; importing it again is harmless</td></tr>
 * <tr><td>{@code url}</td><td>none</td><td>a catalogue polled over HTTP</td></tr>
 * <tr><td>{@code url-poll}</td><td>PT1H</td><td>how often the URL is fetched</td></tr>
 * <tr><td>{@code csv-charset}</td><td>UTF-8</td><td>encoding of CSV catalogues</td></tr>
 * <tr><td>{@code default-seats}</td><td>12</td><td>seats of a session whose catalogue gives none</td></tr>
 * <tr><td>{@code max-record-bytes}</td><td>4194304</td><td>the most content one record of an LHEO catalogue (a
 * {@code formation}) may have, in UTF-8 bytes of its names, attributes and text; a larger one goes to the dead
 * letters unread, and the rest of the file is imported</td></tr>
 * <tr><td>{@code chunk-sessions}</td><td>500</td><td>about how many sessions are written per transaction</td></tr>
 * <tr><td>{@code registrations-url.<SIRET>}</td><td>none</td><td>where confirmed registrations for that
 * organisation's sessions are POSTed</td></tr>
 * </table>
 */
public final class TrainingProviderSettings {

    /** The integration's name. */
    public static final String INTEGRATION = "training-providers";
    static final String PREFIX = "filiere.integration." + INTEGRATION + ".";
    /** The property limiting the size of a record. */
    public static final String MAX_RECORD_BYTES = PREFIX + "max-record-bytes";

    private final Config config;

    public TrainingProviderSettings(Config config) {
        this.config = config;
    }

    public Optional<String> dropDirectory() {
        return config.getOptionalValue(PREFIX + "drop-directory", String.class).filter(s -> !s.isBlank());
    }

    public Duration dropPoll() {
        return config.getOptionalValue(PREFIX + "drop-poll", Duration.class).orElse(Duration.ofSeconds(10));
    }

    public Duration dropLockLease() {
        return config.getOptionalValue(PREFIX + "drop-lock-lease", Duration.class).orElse(Duration.ofMinutes(30));
    }

    public Optional<String> url() {
        return config.getOptionalValue(PREFIX + "url", String.class).filter(s -> !s.isBlank());
    }

    public Duration urlPoll() {
        return config.getOptionalValue(PREFIX + "url-poll", Duration.class).orElse(Duration.ofHours(1));
    }

    public Charset csvCharset() {
        return Charset.forName(config.getOptionalValue(PREFIX + "csv-charset", String.class).orElse("UTF-8"));
    }

    public int defaultSeats() {
        return config.getOptionalValue(PREFIX + "default-seats", Integer.class).orElse(12);
    }

    public long maxRecordBytes() {
        return config.getOptionalValue(MAX_RECORD_BYTES, Long.class).orElse(LheoReader.DEFAULT_MAX_RECORD_BYTES);
    }

    public int chunkSessions() {
        return config.getOptionalValue(PREFIX + "chunk-sessions", Integer.class).orElse(500);
    }

    /** Where an organisation wants its confirmed registrations, if it said. */
    public Optional<String> registrationsUrl(String siret) {
        return config.getOptionalValue(registrationsUrlKey(siret), String.class).filter(s -> !s.isBlank());
    }

    /** The property naming an organisation's registrations URL. */
    public static String registrationsUrlKey(String siret) {
        return PREFIX + "registrations-url." + siret;
    }
}
