package org.filiere.project;

import java.time.LocalDate;
import java.util.Objects;

import org.filiere.kernel.TextLimit;

/**
 * A funder's call for projects (appel à projets), such as a departmental council's "Design Concept" call: its
 * title, funder, the days it is open and the weighted criteria proposals answering it are scored on.
 *
 * @param id       identity
 * @param title    its title
 * @param funder   who funds it
 * @param opensOn  the first day proposals may be submitted
 * @param closesOn the last day proposals may be submitted
 * @param grid     the evaluation criteria and their weights
 * @param version  the stored version, for optimistic locking (0 until stored)
 */
public record CallForProjects(CallForProjectsId id, String title, String funder, LocalDate opensOn,
        LocalDate closesOn, EvaluationGrid grid, long version) {

    public CallForProjects {
        Objects.requireNonNull(id, "id");
        if (title == null || title.isBlank()) {
            throw new ProjectRefusedException("A call for projects needs a title");
        }
        title = TextLimit.check("A call for projects", "title", title.strip(), TextLimit.SHORT);
        if (funder == null || funder.isBlank()) {
            throw new ProjectRefusedException("Call for projects \"" + title + "\" needs a funder");
        }
        funder = TextLimit.check("Call for projects \"" + title + "\"", "funder", funder.strip(), TextLimit.SHORT);
        if (opensOn == null || closesOn == null) {
            throw new ProjectRefusedException("Call for projects \"" + title
                    + "\" needs an opening and a closing date");
        }
        if (closesOn.isBefore(opensOn)) {
            throw new ProjectRefusedException("Call for projects \"" + title + "\" cannot close on " + closesOn
                    + ", before it opens on " + opensOn);
        }
        Objects.requireNonNull(grid, "grid");
    }

    /** Whether proposals may be submitted to it on that day. */
    public boolean isOpenOn(LocalDate day) {
        return !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }
}
