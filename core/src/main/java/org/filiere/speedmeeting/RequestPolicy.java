package org.filiere.speedmeeting;

import java.time.Duration;
import java.util.Objects;

/**
 * The configured limits on meeting requests.
 *
 * @param expiry          how long a request waits for an answer before it expires
 * @param openRequestCap  the most requests one participant may have waiting for an answer at once
 */
public record RequestPolicy(Duration expiry, int openRequestCap) {

    public RequestPolicy {
        Objects.requireNonNull(expiry, "expiry");
        if (expiry.isNegative() || expiry.isZero()) {
            throw new IllegalArgumentException("A request needs some time to be answered, not " + expiry);
        }
        if (openRequestCap < 1) {
            throw new IllegalArgumentException("The cap on open requests must be at least 1, not " + openRequestCap);
        }
    }

    /** The defaults: two days to answer, ten open requests per participant. */
    public static RequestPolicy defaults() {
        return new RequestPolicy(Duration.ofDays(2), 10);
    }
}
