package org.filiere.event;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * How one event filled and how it went.
 *
 * @param event               the event
 * @param capacity            its seats
 * @param registrants         people with a seat
 * @param waitlisted          people still waiting
 * @param present             registrants who checked in
 * @param noShows             registrants who did not come, once the event was held
 * @param members             registrants at the member rate
 * @param nonMembers          the other registrants
 * @param attendanceRate      present per hundred registrants, once held
 * @param averageSatisfaction the mean feedback score (1 to 5), two decimals, if anyone answered
 * @param feedbackAnswers     how many attendees gave feedback
 */
public record EventFigures(EventId event, int capacity, long registrants, long waitlisted, long present,
        long noShows, long members, long nonMembers, Optional<BigDecimal> attendanceRate,
        Optional<BigDecimal> averageSatisfaction, long feedbackAnswers) {
}
