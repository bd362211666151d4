package org.filiere.training.application;

import java.util.List;

import org.filiere.training.CourseId;

/**
 * What closing the courses a training organisation's catalogue no longer lists did.
 *
 * @param courseIds      the courses no longer listed that still had sessions open, now closed
 * @param sessionsClosed the sessions closed
 */
public record WithdrawnCoursesOutcome(List<CourseId> courseIds, int sessionsClosed) {

    public WithdrawnCoursesOutcome {
        courseIds = List.copyOf(courseIds);
    }
}
