package org.filiere.project;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;

import org.filiere.kernel.NotFoundException;
import org.filiere.member.MemberId;

/** The association's projects, from draft proposals to completed projects. */
public interface Projects {

    Optional<Project> find(ProjectId id);

    /** The project with this id. */
    default Project get(ProjectId id) {
        return find(id).orElseThrow(() -> new NotFoundException("project " + id));
    }

    /**
     * Stores a new project or the changes to one.
     *
     * @throws org.filiere.kernel.StaleDataException if the project was changed since it was read
     */
    void save(Project project);

    /** The projects in these states, by title. */
    List<Project> inStates(Set<ProjectState> states);

    /** The projects a member holds or is a partner of, by title. */
    List<Project> involving(MemberId member);

    /** How many projects are in each state (states with none are left out). */
    Map<ProjectState, Long> countByState();

    /** How many projects were labelled each year, by year. */
    SortedMap<Integer, Long> labelledByYear();

    /**
     * The next label number of a year. Two callers never receive the same number; a number taken by a transaction
     * that rolls back is given again.
     */
    LabelNumber nextLabelNumber(int year);
}
