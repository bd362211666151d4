package org.filiere.integration.camel.outbox;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import org.eclipse.microprofile.config.Config;
import org.filiere.integration.camel.IntegrationSettings;
import org.filiere.integration.camel.IntegrationSettings.Redelivery;

/**
 * The outbox's settings, read from MicroProfile Config.
 *
 * <table>
 * <caption>Configuration properties</caption>
 * <tr><th>property</th><th>default</th><th>meaning</th></tr>
 * <tr><td>{@code filiere.integration.outbox.enabled}</td><td>true</td><td>whether the relay runs on this node
 * (messages are written to the outbox either way)</td></tr>
 * <tr><td>{@code filiere.integration.outbox.period}</td><td>PT1S</td><td>how often the relay looks for messages</td></tr>
 * <tr><td>{@code filiere.integration.outbox.batch-size}</td><td>500</td><td>messages claimed and sent together</td></tr>
 * <tr><td>{@code filiere.integration.outbox.retention}</td><td>P7D</td><td>how long sent messages are kept</td></tr>
 * <tr><td>{@code filiere.integration.outbox.events}</td><td>{@value #DEFAULT_EVENTS}</td><td>the domain events
 * partners receive, by simple class name, separated by commas</td></tr>
 * <tr><td>{@code filiere.integration.outbox.redelivery.*}</td><td>see {@link IntegrationSettings}</td><td>how a
 * message the broker refuses is tried again before it goes to the dead letters</td></tr>
 * <tr><td>{@code filiere.amqp.url}</td><td>none</td><td>the AMQP 1.0 broker ({@code amqp://host:5672}); without it
 * the partners' messages wait in the outbox</td></tr>
 * <tr><td>{@code filiere.amqp.username}, {@code filiere.amqp.password}</td><td>none</td><td>the broker's
 * credentials</td></tr>
 * <tr><td>{@code filiere.amqp.address}</td><td>{@value #DEFAULT_ADDRESS}</td><td>where the partners' messages are
 * sent</td></tr>
 * <tr><td>{@code filiere.amqp.address.<EventType>}</td><td>the address above</td><td>another address for one type of
 * event</td></tr>
 * <tr><td>{@code filiere.amqp.timeout}</td><td>PT30S</td><td>connect and send timeout</td></tr>
 * </table>
 */
public final class OutboxSettings {

    /** The integration name of the relay's routes. */
    public static final String INTEGRATION = "outbox";
    static final String DEFAULT_EVENTS = "MemberListedInDirectory,MemberWithdrawnFromDirectory,EventPublished,"
            + "EventCancelled,ProjectLabelled,CooperationAgreementSigned,CooperationAgreementTerminated";
    static final String DEFAULT_ADDRESS = "/queue/filiere.partners";
    private static final String PREFIX = "filiere.integration.outbox.";

    private final Config config;

    public OutboxSettings(Config config) {
        this.config = config;
    }

    /** How often the relay looks for messages. */
    public Duration period() {
        return positive("period", config.getOptionalValue(PREFIX + "period", Duration.class)
                .orElse(Duration.ofSeconds(1)));
    }

    /** How many messages are claimed and sent together. */
    public int batchSize() {
        int size = config.getOptionalValue(PREFIX + "batch-size", Integer.class).orElse(500);
        if (size < 1 || size > 10_000) {
            throw new IllegalArgumentException(PREFIX + "batch-size must be between 1 and 10000, not " + size);
        }
        return size;
    }

    /** How long sent messages are kept before they are purged. */
    public Duration retention() {
        Duration retention = config.getOptionalValue(PREFIX + "retention", Duration.class).orElse(Duration.ofDays(7));
        if (retention.isNegative()) {
            throw new IllegalArgumentException(PREFIX + "retention cannot be negative: " + retention);
        }
        return retention;
    }

    /** The simple names of the domain events that partners receive. */
    public Set<String> partnerEvents() {
        String list = config.getOptionalValue(PREFIX + "events", String.class).orElse(DEFAULT_EVENTS);
        Set<String> names = new LinkedHashSet<>();
        Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(names::add);
        return names;
    }

    /** How refused messages are tried again. */
    public Redelivery redelivery() {
        return new IntegrationSettings(config).redelivery(INTEGRATION);
    }

    /** The broker's URL, if one is configured. */
    public Optional<String> brokerUrl() {
        return config.getOptionalValue("filiere.amqp.url", String.class).filter(s -> !s.isBlank());
    }

    Optional<String> brokerUsername() {
        return config.getOptionalValue("filiere.amqp.username", String.class);
    }

    Optional<String> brokerPassword() {
        return config.getOptionalValue("filiere.amqp.password", String.class);
    }

    /** The address where messages of a type of event go. */
    public String address(String messageType) {
        return config.getOptionalValue("filiere.amqp.address." + messageType, String.class)
                .or(() -> config.getOptionalValue("filiere.amqp.address", String.class))
                .orElse(DEFAULT_ADDRESS);
    }

    Duration brokerTimeout() {
        return positive("filiere.amqp.timeout", config.getOptionalValue("filiere.amqp.timeout", Duration.class)
                .orElse(Duration.ofSeconds(30)));
    }

    private static Duration positive(String key, Duration value) {
        if (value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(key + " must be positive, not " + value);
        }
        return value;
    }
}
