package org.filiere.training;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which sessions to list. Every criterion left empty matches everything.
 *
 * @param statuses      the statuses wanted
 * @param startingFrom  sessions that start at or after this time (Paris)
 * @param startingBefore sessions that start before this time (Paris)
 * @param courseId      the sessions of one course
 */
public record SessionQuery(Set<SessionStatus> statuses, Optional<LocalDateTime> startingFrom,
        Optional<LocalDateTime> startingBefore, Optional<CourseId> courseId) {

    public SessionQuery {
        statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        Objects.requireNonNull(startingFrom, "startingFrom");
        Objects.requireNonNull(startingBefore, "startingBefore");
        Objects.requireNonNull(courseId, "courseId");
    }

    /** Every session. */
    public static SessionQuery all() {
        return new SessionQuery(Set.of(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public SessionQuery withStatus(SessionStatus... wanted) {
        return new SessionQuery(Set.of(wanted), startingFrom, startingBefore, courseId);
    }

    public SessionQuery startingFrom(LocalDateTime from) {
        return new SessionQuery(statuses, Optional.of(from), startingBefore, courseId);
    }

    public SessionQuery startingBefore(LocalDateTime before) {
        return new SessionQuery(statuses, startingFrom, Optional.of(before), courseId);
    }

    /** Sessions that start in a calendar year. */
    public SessionQuery inYear(int year) {
        return new SessionQuery(statuses, Optional.of(LocalDateTime.of(year, 1, 1, 0, 0)),
                Optional.of(LocalDateTime.of(year + 1, 1, 1, 0, 0)), courseId);
    }

    public SessionQuery ofCourse(CourseId course) {
        return new SessionQuery(statuses, startingFrom, startingBefore, Optional.of(course));
    }

    /** Whether a session matches. */
    public boolean matches(Session s) {
        return (statuses.isEmpty() || statuses.contains(s.status()))
                && startingFrom.map(f -> !s.schedule().start().isBefore(f)).orElse(true)
                && startingBefore.map(b -> s.schedule().start().isBefore(b)).orElse(true)
                && courseId.map(c -> c.equals(s.courseId())).orElse(true);
    }
}
