package org.filiere.project.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.filiere.access.Actor;
import org.filiere.member.MemberId;
import org.filiere.project.CommitteeMemberId;
import org.filiere.project.CommitteeMemberKind;
import org.filiere.project.CommitteeSessionId;
import org.filiere.project.CriterionScore;
import org.filiere.project.ProjectId;

/** The commands on the labelling committee, each saying who acts. */
public final class CommitteeCommands {

    private CommitteeCommands() {
    }

    /**
     * Staff appoint someone to the committee.
     *
     * @param actor        staff
     * @param name         the person's name
     * @param kind         staff, member representative or outside expert
     * @param employer     the member they work for, if any
     * @param organisation the organisation they come from
     */
    public record AppointCommitteeMember(Actor actor, String name, CommitteeMemberKind kind,
            Optional<MemberId> employer, String organisation) {
    }

    /**
     * Staff record that someone no longer sits on the committee.
     *
     * @param actor             staff
     * @param committeeMemberId the committee member
     */
    public record RetireCommitteeMember(Actor actor, CommitteeMemberId committeeMemberId) {
    }

    /**
     * Staff plan a committee session.
     *
     * @param actor  staff
     * @param heldOn the day
     * @param place  where
     */
    public record PlanSession(Actor actor, LocalDate heldOn, String place) {
    }

    /**
     * Staff seat a committee member on a session's panel.
     *
     * @param actor             staff
     * @param sessionId         the session
     * @param committeeMemberId the committee member
     */
    public record SeatPanelMember(Actor actor, CommitteeSessionId sessionId, CommitteeMemberId committeeMemberId) {
    }

    /**
     * Staff put a submitted (or deferred) proposal on a session's agenda.
     *
     * @param actor     staff
     * @param sessionId the session
     * @param projectId the proposal
     */
    public record PutOnAgenda(Actor actor, CommitteeSessionId sessionId, ProjectId projectId) {
    }

    /**
     * A committee member declares an interest in a proposal and steps aside from it.
     *
     * @param actor             staff, or the committee member
     * @param sessionId         the session
     * @param projectId         the proposal
     * @param committeeMemberId the committee member
     * @param interest          the interest declared
     */
    public record DeclareInterest(Actor actor, CommitteeSessionId sessionId, ProjectId projectId,
            CommitteeMemberId committeeMemberId, String interest) {
    }

    /**
     * A committee member scores a proposal, one score per criterion.
     *
     * @param actor             staff recording a sheet, or the committee member
     * @param sessionId         the session
     * @param projectId         the proposal
     * @param committeeMemberId the scorer
     * @param scores            a score from 0 to 5 with a comment, for each criterion
     */
    public record ScoreProposal(Actor actor, CommitteeSessionId sessionId, ProjectId projectId,
            CommitteeMemberId committeeMemberId, List<CriterionScore> scores) {
    }

    /**
     * Staff record the committee's decision on a proposal, by the decision rule.
     *
     * @param actor     staff
     * @param sessionId the session
     * @param projectId the proposal
     */
    public record DecideProposal(Actor actor, CommitteeSessionId sessionId, ProjectId projectId) {
    }

    /**
     * Staff record that the committee defers a proposal to a later session without deciding on its scores.
     *
     * @param actor     staff
     * @param sessionId the session
     * @param projectId the proposal
     * @param reason    why
     */
    public record DeferProposal(Actor actor, CommitteeSessionId sessionId, ProjectId projectId, String reason) {
    }
}
