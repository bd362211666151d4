package org.filiere.project;

import java.util.Objects;

/**
 * A proposal on a committee session's agenda, with the grid it is scored on, kept as it was when the proposal was
 * put on the agenda.
 *
 * @param projectId the proposal
 * @param title     its title
 * @param grid      the criteria and weights it is scored on
 */
public record AgendaItem(ProjectId projectId, String title, EvaluationGrid grid) {

    public AgendaItem {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(grid, "grid");
    }
}
