package org.filiere.training.application;

import org.filiere.training.CourseId;

/**
 * What importing a course from a training organisation's catalogue did.
 *
 * @param courseId         the course, new or found by its reference
 * @param courseCreated    whether the course was new
 * @param courseChanged    whether an existing course's description changed
 * @param sessionsCreated  sessions new to the catalogue
 * @param sessionsRevised  sessions whose plan or seats changed
 * @param sessionsUnchanged sessions found as they were
 * @param sessionsClosed   sessions imported before and no longer listed, now closed
 */
public record ProviderCourseOutcome(CourseId courseId, boolean courseCreated, boolean courseChanged,
        int sessionsCreated, int sessionsRevised, int sessionsUnchanged, int sessionsClosed) {

    /** Whether the import changed the catalogue at all; a course found exactly as listed is unchanged. */
    public boolean changedCatalogue() {
        return courseCreated || courseChanged || sessionsCreated + sessionsRevised + sessionsClosed > 0;
    }
}
