package org.filiere.training;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.filiere.member.Siret;

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

    /**
     * The imported courses these references name, by reference. Stores that can, look them all up at once (an
     * import works a chunk of courses at a time).
     */
    default Map<ExternalReference, Course> findByExternalReferences(Collection<ExternalReference> references) {
        Map<ExternalReference, Course> found = new HashMap<>();
        references.forEach(r -> findByExternalReference(r).ifPresent(c -> found.put(r, c)));
        return found;
    }

    /**
     * The courses imported from a training organisation's catalogue: their ids by the organisation's references.
     * Stores that can, read the references only (a large catalogue holds thousands of courses).
     */
    default Map<ExternalReference, CourseId> findImportedFrom(Siret provider) {
        Map<ExternalReference, CourseId> found = new HashMap<>();
        all().forEach(c -> c.externalReference().filter(r -> r.provider().equals(provider))
                .ifPresent(r -> found.put(r, c.id())));
        return found;
    }

    /** Every course, by title. */
    List<Course> all();

    /**
     * Stores a new course or the changes to one.
     *
     * @throws org.filiere.kernel.StaleDataException if the course was changed since it was read
     */
    void save(Course course);

    /**
     * Stores new courses (never stored before) all at once.
     *
     * @throws InvalidTrainingDataException if one's reference is already used by another course
     */
    default void insertAll(List<Course> newCourses) {
        newCourses.forEach(this::save);
    }
}
