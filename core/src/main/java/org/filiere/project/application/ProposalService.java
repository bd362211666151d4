package org.filiere.project.application;

import static org.filiere.access.AccessPolicy.requireStaff;
import static org.filiere.access.AccessPolicy.requireStaffOrOwner;
import static org.filiere.access.AccessPolicy.requireStaffOrRepresentativeOf;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.filiere.access.PublicRead;
import org.filiere.access.application.BindsCurrentActor;
import org.filiere.kernel.DomainEvents;
import org.filiere.kernel.NotFoundException;
import org.filiere.member.Member;
import org.filiere.member.MemberId;
import org.filiere.member.Members;
import org.filiere.project.CallForProjects;
import org.filiere.project.CallForProjectsId;
import org.filiere.project.CallsForProjects;
import org.filiere.project.Project;
import org.filiere.project.ProjectId;
import org.filiere.project.ProjectState;
import org.filiere.project.Projects;
import org.filiere.project.SubmissionPolicy;
import org.filiere.project.application.ProjectCommands.DraftProposal;
import org.filiere.project.application.ProjectCommands.OpenCallForProjects;
import org.filiere.project.application.ProjectCommands.ReviseProposal;
import org.filiere.project.application.ProjectCommands.SubmitProposal;

/** Calls for projects, the proposals members write and submit, and the pipeline of projects. */
@ApplicationScoped
@BindsCurrentActor
@Transactional
public class ProposalService {

    private final CallsForProjects calls;
    private final Projects projects;
    private final Members members;
    private final DomainEvents events;
    private final Clock clock;

    @Inject
    public ProposalService(CallsForProjects calls, Projects projects, Members members, DomainEvents events,
            Clock clock) {
        this.calls = calls;
        this.projects = projects;
        this.members = members;
        this.events = events;
        this.clock = clock;
    }

    /** For the CDI container's proxies. */
    protected ProposalService() {
        this(null, null, null, null, null);
    }

    /** Relays a funder's call for projects; staff only. */
    public CallForProjectsId openCall(OpenCallForProjects c) {
        requireStaff(c.actor(), "open a call for projects");
        CallForProjects call = new CallForProjects(CallForProjectsId.random(), c.title(), c.funder(), c.opensOn(),
                c.closesOn(), c.grid(), 0);
        calls.save(call);
        return call.id();
    }

    @PublicRead
    public Optional<CallForProjects> call(CallForProjectsId id) {
        return calls.find(id);
    }

    /** The calls open on a day. */
    @PublicRead
    public List<CallForProjects> openCalls(LocalDate on) {
        return calls.all().stream().filter(c -> c.isOpenOn(on)).toList();
    }

    /** Writes a new proposal as a draft; its holder and partners must be known members. */
    public ProjectId draft(DraftProposal c) {
        requireStaffOrRepresentativeOf(c.actor(), c.holder().value(), "write a proposal for member " + c.holder());
        members.get(c.holder());
        c.partners().forEach(members::get);
        c.call().ifPresent(this::requireCall);
        Project project = Project.draft(ProjectId.random(), c.holder(), c.partners(), c.title(), c.summary(),
                c.budget(), c.requestedSupport(), c.call());
        projects.save(project);
        return project.id();
    }

    /** Rewrites a draft. */
    public void revise(ReviseProposal c) {
        Project project = projects.get(c.projectId());
        requireStaffOrRepresentativeOf(c.actor(), project.holder().value(), "revise a proposal of member "
                + project.holder());
        c.partners().forEach(members::get);
        project.revise(c.title(), c.summary(), c.partners(), c.budget(), c.requestedSupport());
        projects.save(project);
    }

    /** Submits a draft, by the rule of {@link SubmissionPolicy}. */
    public void submit(SubmitProposal c) {
        Project project = projects.get(c.projectId());
        requireStaffOrRepresentativeOf(c.actor(), project.holder().value(), "submit a proposal of member "
                + project.holder());
        LocalDate today = LocalDate.now(clock);
        Member holder = members.get(project.holder());
        List<Member> partners = project.partners().stream().map(members::get).toList();
        SubmissionPolicy.check(project, holder, partners, project.call().map(this::requireCall), today);
        var event = project.submit(today, clock);
        projects.save(project);
        events.publish(event);
    }

    private CallForProjects requireCall(CallForProjectsId id) {
        return calls.find(id).orElseThrow(() -> new NotFoundException("call for projects " + id));
    }

    public Optional<Project> project(ProjectId id) {
        requireStaffOrOwner(projects.find(id).map(p -> p.holder().value()), "look up a proposal");
        return projects.find(id);
    }

    /** The projects a member holds or is a partner of. */
    public List<Project> projectsOf(MemberId member) {
        requireStaffOrRepresentativeOf(member.value(), "see a member's proposals");
        return projects.involving(member);
    }

    /** The projects in a state, by title. */
    public List<Project> inState(ProjectState state) {
        requireStaff("look up proposals by state");
        return projects.inStates(EnumSet.of(state));
    }

    /** How many projects are in each state of the lifecycle, and how many were labelled each year. */
    public Pipeline pipeline() {
        requireStaff("see the project pipeline");
        Map<ProjectState, Long> counted = projects.countByState();
        Map<ProjectState, Long> byState = new EnumMap<>(ProjectState.class);
        for (ProjectState state : ProjectState.values()) {
            byState.put(state, counted.getOrDefault(state, 0L));
        }
        return new Pipeline(byState, projects.labelledByYear());
    }
}
