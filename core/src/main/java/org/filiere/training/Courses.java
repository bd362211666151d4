package org.filiere.training;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The courses on offer, wherever they are stored. */
public interface Courses {

    Optional<Course> find(CourseId id);

    /** The course with this id. */
    default Course get(CourseId id) {
        return find(id).orElseThrow(() -> new UnknownCourseException(id));
    }

    /** The courses with these ids that exist, by id. */
    Map<CourseId, Course> find(Collection<CourseId> ids);

    /** The course an outside organisation's catalogue names so, if it was imported. */
    Optional<Course> findByExternalReference(ExternalReference reference);

    /** Every course, by title. */
    List<Course> all();

    /**
     * Stores a new course or the changes to one.
     *
     * @throws org.filiere.kernel.StaleDataException if the course was changed since it was read
     */
    void save(Course course);
}
