package org.filiere.project;

import java.util.Optional;

/**
 * The rule for conflicts of interest: a committee member who works for the holder of a proposal, or for one of
 * its partner members, is recused from it; they do not score it.
 */
public final class ConflictOfInterestPolicy {

    private ConflictOfInterestPolicy() {
    }

    /** Why the committee member must be recused from the project, or nothing when there is no conflict. */
    public static Optional<String> conflict(CommitteeMember committeeMember, Project project) {
        return committeeMember.employer().flatMap(employer -> {
            if (employer.equals(project.holder())) {
                return Optional.of(committeeMember.name() + " works for member " + employer
                        + ", the holder of the project");
            }
            if (project.partners().contains(employer)) {
                return Optional.of(committeeMember.name() + " works for member " + employer
                        + ", a partner of the project");
            }
            return Optional.empty();
        });
    }
}
