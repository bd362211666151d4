package org.filiere.speedmeeting.application;

import java.time.Duration;
import java.time.format.DateTimeParseException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.filiere.speedmeeting.RequestPolicy;

/**
 * The speed-meeting request rules, from MicroProfile Config:
 * <ul>
 * <li>{@code filiere.speed-meeting.request-expiry}: how long a request waits for an answer, as an ISO-8601 duration
 * (default {@code P2D}, two days);</li>
 * <li>{@code filiere.speed-meeting.open-request-cap}: the most requests one participant may have waiting for an
 * answer (default 10).</li>
 * </ul>
 */
@ApplicationScoped
public class SpeedMeetingProducers {

    @Inject
    @ConfigProperty(name = "filiere.speed-meeting.request-expiry", defaultValue = "P2D")
    String expiry;

    @Inject
    @ConfigProperty(name = "filiere.speed-meeting.open-request-cap", defaultValue = "10")
    int cap;

    @Produces
    @Singleton
    RequestPolicy requestPolicy() {
        return policy(expiry, cap);
    }

    /**
     * The policy from its configured values.
     *
     * @throws IllegalArgumentException naming the configuration key of a value that is not valid
     */
    public static RequestPolicy policy(String expiry, int cap) {
        Duration delay;
        try {
            delay = Duration.parse(expiry.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("filiere.speed-meeting.request-expiry must be an ISO-8601 duration"
                    + " such as P2D or PT36H, not '" + expiry + "'", e);
        }
        if (delay.isNegative() || delay.isZero()) {
            throw new IllegalArgumentException("filiere.speed-meeting.request-expiry must be longer than zero, not '"
                    + expiry + "'");
        }
        if (cap < 1) {
            throw new IllegalArgumentException("filiere.speed-meeting.open-request-cap must be at least 1, not " + cap);
        }
        return new RequestPolicy(delay, cap);
    }
}
