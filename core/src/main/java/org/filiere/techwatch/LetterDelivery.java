package org.filiere.techwatch;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The technology letter's delivery to one subscriber: stored with the letter's publication, in the same
 * transaction, and sent afterwards; it is marked sent only once the mail server took the mail.
 *
 * @param id           identity
 * @param letterId     the letter
 * @param subscriberId the subscriber
 * @param status       where it stands
 * @param attempts     how many times sending was tried
 * @param lastError    why the last attempt failed, if it did
 * @param createdAt    when it was stored
 * @param sentAt       when the mail server took it, if it did
 * @param version      the stored version, for optimistic locking (0 until stored)
 */
public record LetterDelivery(LetterDeliveryId id, TechLetterId letterId, LetterSubscriberId subscriberId,
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
        /** Given up: refused for good by the mail server, or failed too many times. */
        FAILED
    }

    public LetterDelivery {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(letterId, "letterId");
        Objects.requireNonNull(subscriberId, "subscriberId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(lastError, "lastError");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(sentAt, "sentAt");
    }

    /** A delivery to send. */
    public static LetterDelivery of(TechLetterId letterId, LetterSubscriberId subscriberId, Clock clock) {
        return new LetterDelivery(LetterDeliveryId.random(), letterId, subscriberId, Status.PENDING, 0,
                Optional.empty(), clock.instant(), Optional.empty(), 0);
    }

    /** The mail server took it. */
    public LetterDelivery sent(Clock clock) {
        return new LetterDelivery(id, letterId, subscriberId, Status.SENT, attempts + 1, Optional.empty(), createdAt,
                Optional.of(clock.instant()), version);
    }

    /**
     * An attempt failed. A permanent failure (an address the server refuses) is never tried again; a transient one
     * (server down, timeout) is, by the next dispatch, until {@link #MAX_ATTEMPTS} attempts.
     */
    public LetterDelivery failed(String reason, boolean permanent) {
        int tried = attempts + 1;
        Status next = permanent || tried >= MAX_ATTEMPTS ? Status.FAILED : Status.PENDING;
        return new LetterDelivery(id, letterId, subscriberId, next, tried, Optional.of(reason), createdAt, sentAt,
                version);
    }
}
