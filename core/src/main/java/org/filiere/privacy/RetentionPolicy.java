package org.filiere.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.Objects;

import org.filiere.kernel.InvalidFieldException;

/**
 * How long the association keeps personal data and records: once a training session or an event ended longer ago
 * than the registrations' period, its registrations are anonymised (the seats, attendance and scores the yearly
 * figures count stay).
 *
 * The audit trail is kept for its own period, then its oldest entries are removed. The integrations' technical stores
 * are purged too: dead letters (which may hold a partner's record with a person's name in it) once they failed longer
 * ago than their period, and processed-item keys (which stop an item from being imported twice) once they were
 * recorded longer ago than theirs.
 *
 * @param registrations  how long registrations keep the names and addresses of the people after the session or event
 * @param audit          how long audit entries are kept
 * @param deadLetters    how long a dead letter is kept after its last failure
 * @param processedItems how long the key of a processed item is kept
 */
public record RetentionPolicy(Period registrations, Period audit, Period deadLetters, Period processedItems) {

    /** Dead letters kept ninety days after their last failure, unless configured otherwise. */
    public static final Period USUAL_DEAD_LETTERS = Period.ofDays(90);

    /** Keys of processed items kept one year, unless configured otherwise. */
    public static final Period USUAL_PROCESSED_ITEMS = Period.ofYears(1);

    public RetentionPolicy {
        positive(registrations, "registrations");
        positive(audit, "audit");
        positive(deadLetters, "dead letters");
        positive(processedItems, "processed items");
    }

    /** Registrations and audit entries kept for these periods, the technical stores for their usual ones. */
    public RetentionPolicy(Period registrations, Period audit) {
        this(registrations, audit, USUAL_DEAD_LETTERS, USUAL_PROCESSED_ITEMS);
    }

    /** Registrations anonymised three years after, audit entries kept five years, the technical stores as usual. */
    public static RetentionPolicy usual() {
        return new RetentionPolicy(Period.ofYears(3), Period.ofYears(5));
    }

    /**
     * The moment before which audit entries are removed.
     *
     * @param clock a clock in the association's time zone
     */
    public Instant auditCutoff(Clock clock) {
        return cutoff(audit, clock);
    }

    /**
     * The moment before which dead letters that failed last are purged.
     *
     * @param clock a clock in the association's time zone
     */
    public Instant deadLettersCutoff(Clock clock) {
        return cutoff(deadLetters, clock);
    }

    /**
     * The moment before which keys of processed items are purged.
     *
     * @param clock a clock in the association's time zone
     */
    public Instant processedItemsCutoff(Clock clock) {
        return cutoff(processedItems, clock);
    }

    /**
     * The moment before which ended sessions and events lose their people's data.
     *
     * @param clock a clock in the association's time zone
     */
    public LocalDateTime registrationsCutoff(Clock clock) {
        return LocalDateTime.now(clock).minus(registrations);
    }

    private static Instant cutoff(Period period, Clock clock) {
        return LocalDateTime.now(clock).minus(period).atZone(clock.getZone()).toInstant();
    }

    private static void positive(Period period, String what) {
        Objects.requireNonNull(period, what);
        if (period.isNegative() || period.isZero()) {
            throw new InvalidFieldException("The retention policy", what, "must be a positive period, not " + period);
        }
    }
}
