package org.filiere.project;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.filiere.member.Member;

/**
 * The rule for submitting a proposal: its holder and every partner are members (admitted or active) in the year
 * of submission, and the call for projects it answers, if any, is open that day.
 */
public final class SubmissionPolicy {

    private SubmissionPolicy() {
    }

    /**
     * Refuses, saying why, a submission the rule does not allow.
     *
     * @param holder   the holder member
     * @param partners the partner members
     * @param call     the call the proposal answers, if any
     * @param on       the day of submission
     */
    public static void check(Project project, Member holder, List<Member> partners, Optional<CallForProjects> call,
            LocalDate on) {
        int year = on.getYear();
        if (!holder.isMemberIn(year)) {
            throw new ProjectRefusedException("Project \"" + project.title() + "\" cannot be submitted: its holder "
                    + holder.name() + " (" + holder.id() + ") is not a member in " + year);
        }
        for (Member partner : partners) {
            if (!partner.isMemberIn(year)) {
                throw new ProjectRefusedException("Project \"" + project.title()
                        + "\" cannot be submitted: its partner " + partner.name() + " (" + partner.id()
                        + ") is not a member in " + year);
            }
        }
        if (call.isPresent() && !call.get().isOpenOn(on)) {
            CallForProjects c = call.get();
            throw new ProjectRefusedException("Project \"" + project.title() + "\" cannot be submitted on " + on
                    + " to the call \"" + c.title() + "\": it is open from " + c.opensOn() + " to " + c.closesOn());
        }
    }
}
