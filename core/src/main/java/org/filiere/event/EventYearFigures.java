package org.filiere.event;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;

/**
 * A year of events, as the activity report gives it: the events held (by kind), their registrants, attendance,
 * members and non-members, and satisfaction. Only events held in the year count.
 *
 * @param year              the year
 * @param eventsHeld        events held in the year, by kind
 * @param registrants       people with a seat on those events
 * @param present           registrants who came
 * @param memberRegistrants registrants working for a member (member rate)
 * @param feedbackAnswers   feedback answers given
 * @param feedbackScoreSum  the sum of their scores
 */
public record EventYearFigures(int year, Map<EventKind, Long> eventsHeld, long registrants, long present,
        long memberRegistrants, long feedbackAnswers, long feedbackScoreSum) {

    public EventYearFigures {
        eventsHeld = Map.copyOf(eventsHeld);
    }

    /** All the events held, every kind together. */
    public long totalHeld() {
        return eventsHeld.values().stream().mapToLong(Long::longValue).sum();
    }

    public long heldOf(EventKind kind) {
        return eventsHeld.getOrDefault(kind, 0L);
    }

    public long nonMemberRegistrants() {
        return registrants - memberRegistrants;
    }

    /** Present per hundred registrants, one decimal. */
    public BigDecimal attendanceRate() {
        return Event.percent(present, registrants);
    }

    /** Member registrants per hundred, one decimal. */
    public BigDecimal memberShare() {
        return Event.percent(memberRegistrants, registrants);
    }

    /** The mean feedback score, two decimals, if anyone answered. */
    public Optional<BigDecimal> averageSatisfaction() {
        return feedbackAnswers == 0 ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(feedbackScoreSum).divide(BigDecimal.valueOf(feedbackAnswers), 2,
                        RoundingMode.HALF_UP));
    }
}
