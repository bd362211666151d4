package org.filiere.training;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * How many contribution days a member earns when one of its employees speaks at a held session: the course's
 * hours in half days of 3.5 hours, rounded up (a 3-hour workshop is half a day, a 7-hour course one day, a
 * 10-hour course a day and a half). A course whose duration is not known counts the least, half a day.
 */
public final class SpeakerContributionPolicy {

    private static final BigDecimal HALF_DAY_HOURS = new BigDecimal("3.5");
    private static final BigDecimal HALF = new BigDecimal("0.5");

    private SpeakerContributionPolicy() {
    }

    /** The days given for speaking at a session of a course of so many hours, or of unknown duration. */
    public static BigDecimal daysFor(Optional<BigDecimal> hours) {
        return hours.map(SpeakerContributionPolicy::daysFor).orElse(HALF.setScale(1));
    }

    /** The days given for speaking at a session of a course of so many hours. */
    public static BigDecimal daysFor(BigDecimal hours) {
        BigDecimal halfDays = hours.divide(HALF_DAY_HOURS, 0, RoundingMode.CEILING).max(BigDecimal.ONE);
        return halfDays.multiply(HALF).setScale(1);
    }
}
