package org.filiere.training;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What is announced of a session, and shown in calendars: when and where, who speaks, what it costs and until
 * when people may register.
 *
 * @param schedule             when it takes place
 * @param venue                where
 * @param speakers             who speaks, in the order announced
 * @param prices               what a seat costs
 * @param registrationDeadline the last day to register, at the latest the day it starts
 */
public record SessionPlan(Schedule schedule, Venue venue, List<Speaker> speakers, Prices prices,
        LocalDate registrationDeadline) {

    public SessionPlan {
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(venue, "venue");
        speakers = List.copyOf(speakers);
        Objects.requireNonNull(prices, "prices");
        Objects.requireNonNull(registrationDeadline, "registrationDeadline");
        if (registrationDeadline.isAfter(schedule.day())) {
            throw new InvalidTrainingDataException("Session on " + schedule, "registration deadline",
                    "must be on or before the day it starts, not "
                            + registrationDeadline.format(RegistrationRules.DAY_FORMAT));
        }
    }
}
