package org.filiere.training.application;

import java.math.BigDecimal;
import java.util.Optional;

import org.filiere.training.CourseId;
import org.filiere.training.ExternalReference;
import org.filiere.training.Provider;
import org.filiere.training.SessionId;
import org.filiere.training.SessionPlan;
import org.filiere.training.SessionStatus;

/**
 * A session as the catalogue shows it, with its course's title.
 *
 * @param id                the session
 * @param courseId          its course
 * @param courseTitle       the course's title
 * @param hours             the course's duration in hours, when known
 * @param provider          who delivers it
 * @param plan              when, where, who speaks, prices, deadline
 * @param capacity          seats
 * @param status            where it stands
 * @param confirmed         confirmed registrations
 * @param waitlisted        people on the waitlist
 * @param sequence          the calendar sequence number
 * @param externalReference its id in an outside organisation's catalogue, if any
 * @param version           the stored version
 */
public record SessionView(SessionId id, CourseId courseId, String courseTitle, Optional<BigDecimal> hours, Provider provider,
        SessionPlan plan, int capacity, SessionStatus status, long confirmed, long waitlisted, int sequence,
        Optional<ExternalReference> externalReference, long version) {

    /** Seats still free. */
    public long seatsLeft() {
        return Math.max(0, capacity - confirmed);
    }
}
