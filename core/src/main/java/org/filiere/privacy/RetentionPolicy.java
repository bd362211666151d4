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
 * The audit trail is kept for its own period, then its oldest entries are removed.
 *
 * @param registrations how long registrations keep the names and addresses of the people after the session or event
 * @param audit         how long audit entries are kept
 */
public record RetentionPolicy(Period registrations, Period audit) {

    public RetentionPolicy {
        positive(registrations, "registrations");
        positive(audit, "audit");
    }

    /** Registrations anonymised three years after, audit entries kept five years. */
    public static RetentionPolicy usual() {
        return new RetentionPolicy(Period.ofYears(3), Period.ofYears(5));
    }

    /**
     * The moment before which audit entries are removed.
     *
     * @param clock a clock in the association's time zone
     */
    public Instant auditCutoff(Clock clock) {
        return LocalDateTime.now(clock).minus(audit).atZone(clock.getZone()).toInstant();
    }

    private static void positive(Period period, String what) {
        Objects.requireNonNull(period, what);
        if (period.isNegative() || period.isZero()) {
            throw new InvalidFieldException("The retention policy", what, "must be a positive period, not " + period);
        }
    }

    /**
     * The moment before which ended sessions and events lose their people's data.
     *
     * @param clock a clock in the association's time zone
     */
    public LocalDateTime registrationsCutoff(Clock clock) {
        return LocalDateTime.now(clock).minus(registrations);
    }
}
