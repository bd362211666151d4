package org.filiere.press;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A press release's delivery to one journalist: stored with the release's publication, in the same transaction,
 * and sent afterwards; it is marked sent only once the mail server took the mail.
 *
 * @param id           identity
 * @param releaseId    the release
 * @param journalistId the journalist
 * @param status       where it stands
 * @param attempts     how many times sending was tried
 * @param lastError    why the last attempt failed, if it did
 * @param createdAt    when it was stored
 * @param sentAt       when the mail server took it, if it did
 * @param version      the stored version, for optimistic locking (0 until stored)
 */
public record ReleaseDelivery(ReleaseDeliveryId id, PressReleaseId releaseId, JournalistId journalistId,
        Status status, int attempts, Optional<String> lastError, Instant createdAt, Optional<Instant> sentAt,
        long version) {

    /** Most attempts at a delivery whose failures are transient, before it is given up. */
    public static final int MAX_ATTEMPTS = 5;

    /** Where a delivery stands. */
    public enum Status {
        /** To be sent. */
        PENDING,
        /** The mail server took it. */
        SENT,
        /** Given up: refused for good, or failed too many times. */
        FAILED
    }

    public ReleaseDelivery {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(releaseId, "releaseId");
        Objects.requireNonNull(journalistId, "journalistId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(lastError, "lastError");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(sentAt, "sentAt");
    }

    /** A delivery to send. */
    public static ReleaseDelivery of(PressReleaseId releaseId, JournalistId journalistId, Clock clock) {
        return new ReleaseDelivery(ReleaseDeliveryId.random(), releaseId, journalistId, Status.PENDING, 0,
                Optional.empty(), clock.instant(), Optional.empty(), 0);
    }

    /** The mail server took it. */
    public ReleaseDelivery sent(Clock clock) {
        return new ReleaseDelivery(id, releaseId, journalistId, Status.SENT, attempts + 1, Optional.empty(),
                createdAt, Optional.of(clock.instant()), version);
    }

    /**
     * An attempt failed: a permanent failure is never tried again, a transient one is, by the next dispatch, until
     * {@link #MAX_ATTEMPTS} attempts.
     */
    public ReleaseDelivery failed(String reason, boolean permanent) {
        int tried = attempts + 1;
        Status next = permanent || tried >= MAX_ATTEMPTS ? Status.FAILED : Status.PENDING;
        return new ReleaseDelivery(id, releaseId, journalistId, next, tried, Optional.of(reason), createdAt, sentAt,
                version);
    }
}
