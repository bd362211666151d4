package org.filiere.project.application;

import static org.filiere.access.AccessPolicy.requireCommitteeOrStaff;
import static org.filiere.access.AccessPolicy.requireStaff;
import static org.filiere.access.AccessPolicy.requireStaffOrPanelOf;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.filiere.access.AccessRefusedException;
import org.filiere.access.Actor;
import org.filiere.access.ActorId;
import org.filiere.access.application.BindsCurrentActor;
import org.filiere.kernel.DomainEvent;
import org.filiere.kernel.DomainEvents;
import org.filiere.kernel.NotFoundException;
import org.filiere.member.Members;
import org.filiere.project.CallForProjects;
import org.filiere.project.CallsForProjects;
import org.filiere.project.CommitteeMember;
import org.filiere.project.CommitteeMemberId;
import org.filiere.project.CommitteeMembers;
import org.filiere.project.CommitteeRules;
import org.filiere.project.CommitteeSession;
import org.filiere.project.CommitteeSessionId;
import org.filiere.project.CommitteeSessions;
import org.filiere.project.Decision;
import org.filiere.project.EvaluationGrid;
import org.filiere.project.Project;
import org.filiere.project.Projects;
import org.filiere.project.application.CommitteeCommands.AppointCommitteeMember;
import org.filiere.project.application.CommitteeCommands.DecideProposal;
import org.filiere.project.application.CommitteeCommands.DeclareInterest;
import org.filiere.project.application.CommitteeCommands.DeferProposal;
import org.filiere.project.application.CommitteeCommands.PlanSession;
import org.filiere.project.application.CommitteeCommands.PutOnAgenda;
import org.filiere.project.application.CommitteeCommands.RetireCommitteeMember;
import org.filiere.project.application.CommitteeCommands.ScoreProposal;
import org.filiere.project.application.CommitteeCommands.SeatPanelMember;

/**
 * The labelling committee: its members, its sessions' panels and agendas, recusals, scores and decisions. The
 * quorum, threshold, tie rule and default grid are the configured {@link CommitteeRules}.
 */
@ApplicationScoped
@BindsCurrentActor
@Transactional
public class CommitteeService {

    private final CommitteeMembers committeeMembers;
    private final CommitteeSessions sessions;
    private final Projects projects;
    private final CallsForProjects calls;
    private final Members members;
    private final CommitteeRules rules;
    private final DomainEvents events;
    private final Clock clock;

    @Inject
    public CommitteeService(CommitteeMembers committeeMembers, CommitteeSessions sessions, Projects projects,
            CallsForProjects calls, Members members, CommitteeRules rules, DomainEvents events, Clock clock) {
        this.committeeMembers = committeeMembers;
        this.sessions = sessions;
        this.projects = projects;
        this.calls = calls;
        this.members = members;
        this.rules = rules;
        this.events = events;
        this.clock = clock;
    }

    /** For the CDI container's proxies. */
    protected CommitteeService() {
        this(null, null, null, null, null, null, null, null);
    }

    /** Appoints someone to the committee; staff only. The member they work for, if any, must be known. */
    public CommitteeMemberId appoint(AppointCommitteeMember c) {
        requireStaff(c.actor(), "appoint a committee member");
        c.employer().ifPresent(members::get);
        CommitteeMember member = CommitteeMember.appoint(c.name(), c.kind(), c.employer(), c.organisation());
        committeeMembers.save(member);
        return member.id();
    }

    /** Records that someone no longer sits on the committee; staff only. */
    public void retire(RetireCommitteeMember c) {
        requireStaff(c.actor(), "retire a committee member");
        committeeMembers.save(committeeMember(c.committeeMemberId()).retired());
    }

    /** Everyone who sits or sat on the committee. */
    public List<CommitteeMember> committee() {
        requireStaff("see the committee");
        return committeeMembers.all();
    }

    public Optional<CommitteeMember> findCommitteeMember(CommitteeMemberId id) {
        requireStaff("look up a committee member");
        return committeeMembers.find(id);
    }

    /** Plans a session; staff only. */
    public CommitteeSessionId plan(PlanSession c) {
        requireStaff(c.actor(), "plan a committee session");
        CommitteeSession session = CommitteeSession.plan(CommitteeSessionId.random(), c.heldOn(), c.place());
        sessions.save(session);
        return session.id();
    }

    /** Seats a committee member on a session's panel, recusing them where they have a conflict of interest. */
    public void seat(SeatPanelMember c) {
        requireStaff(c.actor(), "seat a committee member on a session's panel");
        CommitteeSession session = session(c.sessionId());
        List<Project> onAgenda = session.agenda().stream().map(item -> projects.get(item.projectId())).toList();
        var recused = session.seat(committeeMember(c.committeeMemberId()), onAgenda, clock);
        sessions.save(session);
        recused.forEach(events::publish);
    }

    /**
     * Puts a submitted or deferred proposal under review on a session's agenda, scored on its call's grid or the
     * default grid, and recuses the panel members in a conflict of interest with it.
     */
    public void putOnAgenda(PutOnAgenda c) {
        requireStaff(c.actor(), "set a committee session's agenda");
        CommitteeSession session = session(c.sessionId());
        Project project = projects.get(c.projectId());
        EvaluationGrid grid = project.call()
                .map(id -> calls.find(id).orElseThrow(() -> new NotFoundException("call for projects " + id)))
                .map(CallForProjects::grid).orElse(rules.defaultGrid());
        project.putUnderReview();
        List<CommitteeMember> seated = session.panel().stream().map(this::committeeMember).toList();
        var recused = session.putOnAgenda(project, grid, seated, clock);
        projects.save(project);
        sessions.save(session);
        recused.forEach(events::publish);
    }

    /** A committee member declares an interest in a proposal and steps aside from it. */
    public void declareInterest(DeclareInterest c) {
        CommitteeMember member = committeeMember(c.committeeMemberId());
        requireSelfOrStaff(c.actor(), member, "declare an interest");
        CommitteeSession session = session(c.sessionId());
        var event = session.declareInterest(c.projectId(), member, c.interest(), clock);
        sessions.save(session);
        events.publish(event);
    }

    /** Records a committee member's scores; staff may record any member's sheet, a committee member only their own. */
    public void score(ScoreProposal c) {
        CommitteeMember member = committeeMember(c.committeeMemberId());
        requireSelfOrStaff(c.actor(), member, "score a proposal");
        CommitteeSession session = session(c.sessionId());
        var event = session.score(c.projectId(), member, c.scores(), clock);
        sessions.save(session);
        events.publish(event);
    }

    /**
     * Decides on a proposal by the configured rule, once the quorum is reached: the project is labelled (and
     * receives its label number), rejected or deferred.
     */
    public Decision decide(DecideProposal c) {
        requireStaff(c.actor(), "record a committee decision");
        CommitteeSession session = session(c.sessionId());
        Project project = projects.get(c.projectId());
        LocalDate today = LocalDate.now(clock);
        Decision decision = session.decide(c.projectId(), rules.quorum(), rules.decisionRule(), c.actor().name(),
                today);
        return apply(session, project, decision);
    }

    /** Defers a proposal to a later session without deciding on its scores. */
    public Decision defer(DeferProposal c) {
        requireStaff(c.actor(), "record a committee decision");
        CommitteeSession session = session(c.sessionId());
        Project project = projects.get(c.projectId());
        Decision decision = session.defer(c.projectId(), c.reason(), rules.quorum(), rules.decisionRule(),
                c.actor().name(), LocalDate.now(clock));
        return apply(session, project, decision);
    }

    private Decision apply(CommitteeSession session, Project project, Decision decision) {
        DomainEvent event = switch (decision.outcome()) {
            case LABELLED -> project.label(projects.nextLabelNumber(decision.decidedOn().getYear()), decision, clock);
            case REJECTED -> project.reject(decision, clock);
            case DEFERRED -> project.defer(decision, clock);
        };
        sessions.save(session);
        projects.save(project);
        events.publish(event);
        return decision;
    }

    public Optional<CommitteeSession> findSession(CommitteeSessionId id) {
        requireStaffOrPanelOf(panelOf(id), "see a committee session");
        return sessions.find(id);
    }

    /** Every session, by date. */
    public List<CommitteeSession> sessions() {
        requireStaff("see the committee sessions");
        return sessions.all();
    }

    /** The rules in force. */
    public CommitteeRules rules() {
        requireCommitteeOrStaff("see the committee's rules");
        return rules;
    }

    private static void requireSelfOrStaff(Actor actor, CommitteeMember member, String action) {
        requireCommitteeOrStaff(actor, action);
        if (!actor.isStaff() && !actor.is(member.actorId())) {
            throw new AccessRefusedException(actor, action + " for " + member.name(),
                    "staff or " + member.name() + " themselves");
        }
    }

    private List<ActorId> panelOf(CommitteeSessionId id) {
        return sessions.find(id).map(s -> s.panel().stream().flatMap(m -> committeeMembers.find(m).stream())
                .map(CommitteeMember::actorId).toList()).orElse(List.of());
    }

    private CommitteeSession session(CommitteeSessionId id) {
        return sessions.find(id).orElseThrow(() -> new NotFoundException("committee session " + id));
    }

    private CommitteeMember committeeMember(CommitteeMemberId id) {
        return committeeMembers.find(id).orElseThrow(() -> new NotFoundException("committee member " + id));
    }
}
