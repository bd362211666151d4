package org.filiere.privacy;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.Objects;

/**
 * How long the association keeps who took part in what: once a training session or an event ended longer ago than
 * this, its registrations are anonymised (the seats, attendance and scores the yearly figures count stay).
 *
 * @param registrations how long registrations keep the names and addresses of the people after the session or event
 */
public record RetentionPolicy(Period registrations) {

    public RetentionPolicy {
        Objects.requireNonNull(registrations, "registrations");
        if (registrations.isNegative() || registrations.isZero()) {
            throw new IllegalArgumentException("The retention of registrations must be a positive period, not "
                    + registrations);
        }
    }

    /** Three years, a common choice for training and event records. */
    public static RetentionPolicy threeYears() {
        return new RetentionPolicy(Period.ofYears(3));
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
