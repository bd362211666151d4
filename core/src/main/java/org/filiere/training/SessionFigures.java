package org.filiere.training;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * How a session filled and how it went.
 *
 * @param sessionId           the session
 * @param capacity            its seats
 * @param confirmed           confirmed registrations
 * @param waitlisted          people still on the waitlist
 * @param present             confirmed participants who came
 * @param fillRate            confirmed registrations per hundred seats, one decimal
 * @param attendanceRate      participants present per hundred confirmed, once the session was held
 * @param averageSatisfaction the mean score from 1 to 5 given by attendees, two decimals, if any answered
 * @param satisfactionAnswers how many attendees gave a score
 */
public record SessionFigures(SessionId sessionId, int capacity, long confirmed, long waitlisted, long present,
        BigDecimal fillRate, Optional<BigDecimal> attendanceRate, Optional<BigDecimal> averageSatisfaction,
        int satisfactionAnswers) {
}
