package org.filiere.project;

import java.util.stream.Collectors;

/**
 * A project was asked to move to a state its lifecycle does not allow from the state it is in. The message names
 * the project, its current state, the state attempted and the states it could move to.
 */
public class ProjectTransitionRefusedException extends ProjectRefusedException {

    private static final long serialVersionUID = 1L;

    private final ProjectState current;
    private final ProjectState attempted;

    public ProjectTransitionRefusedException(Project project, ProjectState attempted) {
        super("Project \"" + project.title() + "\" cannot move from state \"" + project.state().label()
                + "\" to state \"" + attempted.label() + "\": " + allowed(project.state()));
        this.current = project.state();
        this.attempted = attempted;
    }

    private static String allowed(ProjectState from) {
        if (from.next().isEmpty()) {
            return "\"" + from.label() + "\" is a final state.";
        }
        return "from \"" + from.label() + "\" it can only move to "
                + from.next().stream().map(s -> "\"" + s.label() + "\"").collect(Collectors.joining(" or ")) + ".";
    }

    /** The state the project is in. */
    public ProjectState current() {
        return current;
    }

    /** The state it was asked to move to. */
    public ProjectState attempted() {
        return attempted;
    }
}
