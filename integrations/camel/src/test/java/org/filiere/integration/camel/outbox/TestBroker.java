package org.filiere.integration.camel.outbox;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The AMQP 1.0 broker tests run against: the one named by {@code FILIERE_TEST_AMQP_URL} (RabbitMQ with its
 * {@code rabbitmq_amqp1_0} plugin, say), with {@code FILIERE_TEST_AMQP_USER} and {@code FILIERE_TEST_AMQP_PASSWORD}
 * (guest and guest by default). Without it, broker tests are skipped and say so in the build output.
 */
public final class TestBroker {

    /** The environment variable naming the broker ({@code amqp://127.0.0.1:5672}). */
    public static final String AMQP_URL = "FILIERE_TEST_AMQP_URL";

    private TestBroker() {
    }

    /** The broker's URL, if one is configured. */
    public static Optional<String> url() {
        return Optional.ofNullable(System.getenv(AMQP_URL)).filter(s -> !s.isBlank());
    }

    /** The broker's URL; skips the calling test, saying why, when none is configured. */
    public static String require(String test) {
        Optional<String> url = url();
        if (url.isEmpty()) {
            System.out.println(test + " SKIPPED: no AMQP 1.0 broker: set " + AMQP_URL
                    + " (e.g. amqp://127.0.0.1:5672, RabbitMQ with rabbitmq_amqp1_0 enabled) to run it");
        }
        assumeTrue(url.isPresent(), AMQP_URL + " names no AMQP 1.0 broker");
        return url.get();
    }

    public static String username() {
        return Optional.ofNullable(System.getenv("FILIERE_TEST_AMQP_USER")).orElse("guest");
    }

    public static String password() {
        return Optional.ofNullable(System.getenv("FILIERE_TEST_AMQP_PASSWORD")).orElse("guest");
    }

    /** A queue address of its own for one test. */
    public static String freshAddress() {
        return "/queue/filiere-test-" + UUID.randomUUID();
    }

    /** The library's settings that send the partners' messages to a broker URL and address. */
    public static Map<String, String> settings(String url, String address) {
        return Map.of("filiere.amqp.url", url, "filiere.amqp.username", username(), "filiere.amqp.password",
                password(), "filiere.amqp.address", address);
    }
}
