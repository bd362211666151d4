package org.filiere.project.application;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import org.filiere.access.Actor;
import org.filiere.member.MemberId;
import org.filiere.project.CallForProjectsId;
import org.filiere.project.Euros;
import org.filiere.project.EvaluationGrid;
import org.filiere.project.Experimentation;
import org.filiere.project.MilestoneId;
import org.filiere.project.ProjectId;

/** The commands on calls for projects, proposals and labelled projects, each saying who acts. */
public final class ProjectCommands {

    private ProjectCommands() {
    }

    /**
     * Staff relay a funder's call for projects.
     *
     * @param actor    staff
     * @param title    the call's title
     * @param funder   who funds it
     * @param opensOn  first day of submission
     * @param closesOn last day of submission
     * @param grid     its weighted evaluation criteria
     */
    public record OpenCallForProjects(Actor actor, String title, String funder, LocalDate opensOn, LocalDate closesOn,
            EvaluationGrid grid) {
    }

    /**
     * A holder writes a proposal.
     *
     * @param actor            staff, or a representative of the holder
     * @param holder           the holder member
     * @param partners         the partner members
     * @param title            the proposal's title
     * @param summary          what it is about
     * @param budget           its whole budget
     * @param requestedSupport the support it requests
     * @param call             the call for projects it answers, if any
     */
    public record DraftProposal(Actor actor, MemberId holder, Set<MemberId> partners, String title, String summary,
            Euros budget, Euros requestedSupport, Optional<CallForProjectsId> call) {
    }

    /**
     * The holder rewrites a draft.
     *
     * @param actor            staff, or a representative of the holder
     * @param projectId        the draft
     * @param title            new title
     * @param summary          new summary
     * @param partners         new partner members
     * @param budget           new budget
     * @param requestedSupport new requested support
     */
    public record ReviseProposal(Actor actor, ProjectId projectId, String title, String summary,
            Set<MemberId> partners, Euros budget, Euros requestedSupport) {
    }

    /**
     * The holder submits a draft.
     *
     * @param actor     staff, or a representative of the holder
     * @param projectId the draft
     */
    public record SubmitProposal(Actor actor, ProjectId projectId) {
    }

    /**
     * Staff assign the project officer of a labelled project.
     *
     * @param actor     staff
     * @param projectId the labelled project
     * @param officer   the member of staff who accompanies it
     */
    public record AssignOfficer(Actor actor, ProjectId projectId, Actor officer) {
    }

    /**
     * A labelled project starts its experimentation.
     *
     * @param actor           staff
     * @param projectId       the project
     * @param experimentation where and when
     */
    public record StartExperimentation(Actor actor, ProjectId projectId, Experimentation experimentation) {
    }

    /**
     * A project starts prototyping after its experimentation.
     *
     * @param actor     staff
     * @param projectId the project
     * @param from      first day of prototyping
     */
    public record StartPrototyping(Actor actor, ProjectId projectId, LocalDate from) {
    }

    /**
     * A project is completed.
     *
     * @param actor     staff
     * @param projectId the project
     * @param on        the day
     * @param outcome   what it achieved
     */
    public record CompleteProject(Actor actor, ProjectId projectId, LocalDate on, String outcome) {
    }

    /**
     * A labelled project is abandoned.
     *
     * @param actor     staff
     * @param projectId the project
     * @param on        the day
     * @param reason    why
     */
    public record AbandonProject(Actor actor, ProjectId projectId, LocalDate on, String reason) {
    }

    /**
     * Staff write a follow-up note on a labelled project.
     *
     * @param actor     staff; the note is signed with their name
     * @param projectId the project
     * @param text      the note
     */
    public record AddFollowUpNote(Actor actor, ProjectId projectId, String text) {
    }

    /**
     * Staff set a milestone for a labelled project.
     *
     * @param actor     staff
     * @param projectId the project
     * @param title     what is to be reached
     * @param dueOn     by when
     */
    public record AddMilestone(Actor actor, ProjectId projectId, String title, LocalDate dueOn) {
    }

    /**
     * Staff record that a milestone was reached.
     *
     * @param actor       staff
     * @param projectId   the project
     * @param milestoneId the milestone
     * @param on          the day it was reached
     */
    public record ReachMilestone(Actor actor, ProjectId projectId, MilestoneId milestoneId, LocalDate on) {
    }
}
