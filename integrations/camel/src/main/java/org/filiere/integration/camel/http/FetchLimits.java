package org.filiere.integration.camel.http;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a web call may take and how much it may bring back.
 *
 * @param connectTimeout longest wait for the connection
 * @param readTimeout    longest wait for the whole answer
 * @param maxBytes       largest body read; a larger one is refused
 */
public record FetchLimits(Duration connectTimeout, Duration readTimeout, long maxBytes) {

    public FetchLimits {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        if (connectTimeout.isNegative() || connectTimeout.isZero() || readTimeout.isNegative() || readTimeout.isZero()) {
            throw new IllegalArgumentException("Web calls need positive timeouts, not " + connectTimeout + " and "
                    + readTimeout);
        }
        if (maxBytes < 1) {
            throw new IllegalArgumentException("A body limit is at least one byte, not " + maxBytes);
        }
    }
}
