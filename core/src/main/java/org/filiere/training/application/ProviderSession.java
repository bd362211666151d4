package org.filiere.training.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.filiere.training.Prices;
import org.filiere.training.Schedule;
import org.filiere.training.SessionPlan;
import org.filiere.training.Speaker;
import org.filiere.training.Venue;

/**
 * A session as a training organisation's catalogue describes it.
 *
 * @param id                   the organisation's own id of the session
 * @param schedule             when
 * @param venue                where
 * @param speakers             who speaks, if the catalogue says
 * @param prices               what a seat costs
 * @param registrationDeadline the last day to register; the day before it starts when not given
 * @param capacity             how many seats
 */
public record ProviderSession(String id, Schedule schedule, Venue venue, List<Speaker> speakers, Prices prices,
        Optional<LocalDate> registrationDeadline, int capacity) {

    public ProviderSession {
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(venue, "venue");
        speakers = List.copyOf(speakers);
        Objects.requireNonNull(prices, "prices");
        Objects.requireNonNull(registrationDeadline, "registrationDeadline");
    }

    /** The plan it announces. */
    public SessionPlan plan() {
        return new SessionPlan(schedule, venue, speakers, prices,
                registrationDeadline.orElse(schedule.day().minusDays(1)));
    }
}
