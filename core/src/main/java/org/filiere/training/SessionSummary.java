package org.filiere.training;

import java.util.Optional;

/**
 * A session as a list shows it: what it is and how many people it holds, without the registrations themselves.
 *
 * @param id                the session
 * @param courseId          its course
 * @param plan              when, where, who speaks, prices, deadline
 * @param capacity          seats
 * @param status            where it stands
 * @param confirmed         confirmed registrations
 * @param waitlisted        people on the waitlist
 * @param sequence          the calendar sequence number
 * @param externalReference its id in an outside organisation's catalogue, if any
 * @param version           the stored version
 */
public record SessionSummary(SessionId id, CourseId courseId, SessionPlan plan, int capacity, SessionStatus status,
        long confirmed, long waitlisted, int sequence, Optional<ExternalReference> externalReference, long version) {

    /** The summary of a session read in full. */
    public static SessionSummary of(Session session) {
        return new SessionSummary(session.id(), session.courseId(), session.plan(), session.capacity(),
                session.status(), session.confirmedCount(), session.waitlistedCount(), session.sequence(),
                session.externalReference(), session.version());
    }
}
