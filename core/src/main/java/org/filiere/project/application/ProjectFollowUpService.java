package org.filiere.project.application;

import static org.filiere.access.AccessPolicy.requireStaff;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.filiere.access.Actor;
import org.filiere.access.application.BindsCurrentActor;
import org.filiere.kernel.DomainEvents;
import org.filiere.project.FollowUpNote;
import org.filiere.project.Milestone;
import org.filiere.project.MilestoneId;
import org.filiere.project.Project;
import org.filiere.project.ProjectRefusedException;
import org.filiere.project.ProjectState;
import org.filiere.project.Projects;
import org.filiere.project.application.ProjectCommands.AbandonProject;
import org.filiere.project.application.ProjectCommands.AddFollowUpNote;
import org.filiere.project.application.ProjectCommands.AddMilestone;
import org.filiere.project.application.ProjectCommands.AssignOfficer;
import org.filiere.project.application.ProjectCommands.CompleteProject;
import org.filiere.project.application.ProjectCommands.ReachMilestone;
import org.filiere.project.application.ProjectCommands.StartExperimentation;
import org.filiere.project.application.ProjectCommands.StartPrototyping;

/**
 * The follow-up of labelled projects by staff: the project officer, experimentation, prototyping, completion or
 * abandonment, follow-up notes and milestones.
 */
@ApplicationScoped
@BindsCurrentActor
@Transactional
public class ProjectFollowUpService {

    private final Projects projects;
    private final DomainEvents events;
    private final Clock clock;

    @Inject
    public ProjectFollowUpService(Projects projects, DomainEvents events, Clock clock) {
        this.projects = projects;
        this.events = events;
        this.clock = clock;
    }

    /** For the CDI container's proxies. */
    protected ProjectFollowUpService() {
        this(null, null, null);
    }

    /** Assigns a member of staff as project officer. */
    public void assignOfficer(AssignOfficer c) {
        requireStaff(c.actor(), "assign a project officer");
        Project project = projects.get(c.projectId());
        if (!c.officer().isStaff()) {
            throw new ProjectRefusedException("Project \"" + project.title() + "\": " + c.officer().name()
                    + " is not a member of staff and cannot be its project officer");
        }
        project.assignOfficer(c.officer().name());
        projects.save(project);
    }

    public void startExperimentation(StartExperimentation c) {
        requireStaff(c.actor(), "start a project's experimentation");
        Project project = projects.get(c.projectId());
        var event = project.startExperimentation(c.experimentation(), clock);
        projects.save(project);
        events.publish(event);
    }

    public void startPrototyping(StartPrototyping c) {
        requireStaff(c.actor(), "start a project's prototyping");
        Project project = projects.get(c.projectId());
        var event = project.startPrototyping(c.from(), clock);
        projects.save(project);
        events.publish(event);
    }

    public void complete(CompleteProject c) {
        requireStaff(c.actor(), "complete a project");
        Project project = projects.get(c.projectId());
        var event = project.complete(c.on(), c.outcome(), clock);
        projects.save(project);
        events.publish(event);
    }

    public void abandon(AbandonProject c) {
        requireStaff(c.actor(), "abandon a project");
        Project project = projects.get(c.projectId());
        var event = project.abandon(c.on(), c.reason(), clock);
        projects.save(project);
        events.publish(event);
    }

    /** Adds a follow-up note signed with the actor's name. */
    public void addNote(AddFollowUpNote c) {
        requireStaff(c.actor(), "write a follow-up note");
        Project project = projects.get(c.projectId());
        project.addNote(new FollowUpNote(clock.instant(), c.actor().name(), c.text()));
        projects.save(project);
    }

    public MilestoneId addMilestone(AddMilestone c) {
        requireStaff(c.actor(), "set a project milestone");
        Project project = projects.get(c.projectId());
        Milestone milestone = new Milestone(MilestoneId.random(), c.title(), c.dueOn(), Optional.empty());
        project.addMilestone(milestone);
        projects.save(project);
        return milestone.id();
    }

    public void reachMilestone(ReachMilestone c) {
        requireStaff(c.actor(), "record a reached milestone");
        Project project = projects.get(c.projectId());
        project.reachMilestone(c.milestoneId(), c.on());
        projects.save(project);
    }

    /** The milestones of projects in progress past their due date on a day and not reached, the latest first. */
    public List<OverdueMilestone> overdueMilestones(Actor actor, LocalDate on) {
        requireStaff(actor, "list overdue milestones");
        return projects.inStates(EnumSet.of(ProjectState.LABELLED, ProjectState.EXPERIMENTATION,
                ProjectState.PROTOTYPING)).stream()
                .flatMap(p -> p.overdueMilestones(on).stream().map(m -> new OverdueMilestone(p.id(), p.title(),
                        p.label().orElseThrow().number(), p.officer(), m, m.daysLateOn(on))))
                .sorted(Comparator.comparing((OverdueMilestone o) -> o.milestone().dueOn())
                        .thenComparing(OverdueMilestone::projectTitle))
                .toList();
    }
}
