package org.filiere.training;

import org.filiere.kernel.NotFoundException;

/** No course has the id given. */
public class UnknownCourseException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public UnknownCourseException(CourseId id) {
        super("course with id " + id);
    }
}
