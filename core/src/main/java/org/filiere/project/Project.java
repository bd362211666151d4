package org.filiere.project;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.filiere.kernel.TextLimit;
import org.filiere.member.MemberId;

/**
 * A collective project carried by a holder member (porteur) with partner members. It is a proposal until the
 * labelling committee decides on it; once labelled it is followed by a project officer through experimentation
 * and prototyping to its completion, with follow-up notes and milestones. Every change of state follows the
 * lifecycle of {@link ProjectState} and returns the event that says what happened; any other change is refused
 * with a {@link ProjectTransitionRefusedException}.
 */
public final class Project {

    private final ProjectId id;
    private final MemberId holder;
    private Set<MemberId> partners;
    private String title;
    private String summary;
    private Euros budget;
    private Euros requestedSupport;
    private Optional<CallForProjectsId> call;
    private ProjectState state;
    private Optional<LocalDate> submittedOn;
    private Optional<Label> label;
    private Optional<String> officer;
    private Optional<Experimentation> experimentation;
    private Optional<LocalDate> prototypingFrom;
    private Optional<Closure> closure;
    private final List<FollowUpNote> notes;
    private final List<Milestone> milestones;
    private final long version;

    /**
     * Rebuilds a project from stored state. Used by repositories; new projects come from {@link #draft}.
     *
     * @param version the stored version, for optimistic locking
     */
    public Project(ProjectId id, MemberId holder, Set<MemberId> partners, String title, String summary, Euros budget,
            Euros requestedSupport, Optional<CallForProjectsId> call, ProjectState state,
            Optional<LocalDate> submittedOn, Optional<Label> label, Optional<String> officer,
            Optional<Experimentation> experimentation, Optional<LocalDate> prototypingFrom, Optional<Closure> closure,
            List<FollowUpNote> notes, List<Milestone> milestones, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.holder = Objects.requireNonNull(holder, "holder");
        describe(title, summary, partners, budget, requestedSupport);
        this.call = Objects.requireNonNull(call, "call");
        this.state = Objects.requireNonNull(state, "state");
        this.submittedOn = Objects.requireNonNull(submittedOn, "submittedOn");
        this.label = Objects.requireNonNull(label, "label");
        this.officer = Objects.requireNonNull(officer, "officer");
        this.experimentation = Objects.requireNonNull(experimentation, "experimentation");
        this.prototypingFrom = Objects.requireNonNull(prototypingFrom, "prototypingFrom");
        this.closure = Objects.requireNonNull(closure, "closure");
        this.notes = new ArrayList<>(notes);
        this.milestones = new ArrayList<>(milestones);
        this.milestones.sort(Comparator.comparing(Milestone::dueOn).thenComparing(Milestone::title));
        this.version = version;
    }

    /** A new proposal, in state {@link ProjectState#DRAFT}, answering a call or not. */
    public static Project draft(ProjectId id, MemberId holder, Set<MemberId> partners, String title, String summary,
            Euros budget, Euros requestedSupport, Optional<CallForProjectsId> call) {
        return new Project(id, holder, partners, title, summary, budget, requestedSupport, call, ProjectState.DRAFT,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), List.of(), 0);
    }

    /** Rewrites the proposal while it is a draft. */
    public void revise(String newTitle, String newSummary, Set<MemberId> newPartners, Euros newBudget,
            Euros newRequestedSupport) {
        if (state != ProjectState.DRAFT) {
            throw new ProjectRefusedException("Project \"" + title + "\" cannot be revised: it is " + state.label()
                    + "; only a draft can be revised");
        }
        describe(newTitle, newSummary, newPartners, newBudget, newRequestedSupport);
    }

    private void describe(String newTitle, String newSummary, Set<MemberId> newPartners, Euros newBudget,
            Euros newRequestedSupport) {
        if (newTitle == null || newTitle.isBlank()) {
            throw new ProjectRefusedException("A project proposal needs a title");
        }
        String t = TextLimit.check("A project proposal", "title", newTitle.strip(), TextLimit.SHORT);
        if (newBudget == null || newRequestedSupport == null) {
            throw new ProjectRefusedException("Project \"" + t + "\" needs a budget and the support it requests");
        }
        if (newRequestedSupport.compareTo(newBudget) > 0) {
            throw new ProjectRefusedException("Project \"" + t + "\" requests " + newRequestedSupport
                    + " of support, more than its whole budget of " + newBudget);
        }
        if (newPartners.contains(holder)) {
            throw new ProjectRefusedException("Project \"" + t + "\": member " + holder
                    + " is its holder and cannot also be one of its partners");
        }
        this.title = t;
        this.summary = TextLimit.check("Project \"" + t + "\"", "summary", newSummary == null ? ""
                : newSummary.strip(), TextLimit.LONG);
        this.partners = new TreeSet<>(Comparator.comparing(MemberId::value));
        this.partners.addAll(newPartners);
        this.budget = newBudget;
        this.requestedSupport = newRequestedSupport;
    }

    /**
     * The holder submits the proposal. Whether it may (membership of holder and partners, the call being open) is
     * {@link SubmissionPolicy}'s decision.
     */
    public ProposalSubmitted submit(LocalDate on, Clock clock) {
        moveTo(ProjectState.SUBMITTED);
        submittedOn = Optional.of(on);
        return new ProposalSubmitted(UUID.randomUUID(), clock.instant(), id, holder, title, call, on);
    }

    /** The proposal is put on a committee session's agenda (again, if the committee deferred it). */
    public void putUnderReview() {
        moveTo(ProjectState.UNDER_REVIEW);
    }

    /** The committee labelled the project: it receives its label number. */
    public ProjectLabelled label(LabelNumber number, Decision decision, Clock clock) {
        requireOutcome(decision, DecisionOutcome.LABELLED);
        moveTo(ProjectState.LABELLED);
        label = Optional.of(new Label(number, decision.decidedOn()));
        return new ProjectLabelled(UUID.randomUUID(), clock.instant(), id, holder, number, decision.decidedOn(),
                decision.weightedAverage().orElseThrow());
    }

    /** The committee rejected the proposal. */
    public ProposalRejected reject(Decision decision, Clock clock) {
        requireOutcome(decision, DecisionOutcome.REJECTED);
        moveTo(ProjectState.REJECTED);
        return new ProposalRejected(UUID.randomUUID(), clock.instant(), id, holder,
                decision.weightedAverage().orElseThrow(), decision.reasons());
    }

    /** The committee deferred its decision to a later session. */
    public ProposalDeferred defer(Decision decision, Clock clock) {
        requireOutcome(decision, DecisionOutcome.DEFERRED);
        moveTo(ProjectState.DEFERRED);
        return new ProposalDeferred(UUID.randomUUID(), clock.instant(), id, holder, decision.reasons());
    }

    private void requireOutcome(Decision decision, DecisionOutcome expected) {
        if (!decision.projectId().equals(id) || decision.outcome() != expected) {
            throw new IllegalArgumentException("The decision on project " + decision.projectId() + " ("
                    + decision.outcome() + ") does not " + expected.verb() + " project " + id);
        }
    }

    /** The labelled project is tried out on a site or at an event. */
    public ExperimentationStarted startExperimentation(Experimentation where, Clock clock) {
        Objects.requireNonNull(where, "experimentation");
        moveTo(ProjectState.EXPERIMENTATION);
        experimentation = Optional.of(where);
        return new ExperimentationStarted(UUID.randomUUID(), clock.instant(), id, where);
    }

    /** After its experimentation, the project builds its prototype. */
    public PrototypingStarted startPrototyping(LocalDate from, Clock clock) {
        Objects.requireNonNull(from, "from");
        moveTo(ProjectState.PROTOTYPING);
        prototypingFrom = Optional.of(from);
        return new PrototypingStarted(UUID.randomUUID(), clock.instant(), id, from);
    }

    /** The project reached its end. */
    public ProjectCompleted complete(LocalDate on, String outcome, Clock clock) {
        moveTo(ProjectState.COMPLETED);
        closure = Optional.of(new Closure(on, outcome));
        return new ProjectCompleted(UUID.randomUUID(), clock.instant(), id, on, closure.get().note());
    }

    /** The labelled project is given up. */
    public ProjectAbandoned abandon(LocalDate on, String reason, Clock clock) {
        if (reason == null || reason.isBlank()) {
            throw new ProjectRefusedException("Project \"" + title + "\" cannot be abandoned without a reason");
        }
        moveTo(ProjectState.ABANDONED);
        closure = Optional.of(new Closure(on, reason));
        return new ProjectAbandoned(UUID.randomUUID(), clock.instant(), id, on, closure.get().note());
    }

    private void moveTo(ProjectState target) {
        if (!state.canMoveTo(target)) {
            throw new ProjectTransitionRefusedException(this, target);
        }
        state = target;
    }

    /** Assigns the staff member who accompanies the labelled project. */
    public void assignOfficer(String staffName) {
        requireRunning("get a project officer");
        if (staffName == null || staffName.isBlank()) {
            throw new ProjectRefusedException("Project \"" + title + "\": a project officer needs a name");
        }
        officer = Optional.of(TextLimit.check("Project \"" + title + "\"", "project officer's name",
                staffName.strip(), TextLimit.SHORT));
    }

    /** Adds a follow-up note. */
    public void addNote(FollowUpNote note) {
        requireRunning("take follow-up notes");
        notes.add(Objects.requireNonNull(note, "note"));
    }

    /** Adds a milestone to reach by its due date. */
    public void addMilestone(Milestone milestone) {
        requireRunning("get milestones");
        if (milestones.stream().anyMatch(m -> m.id().equals(milestone.id()))) {
            throw new ProjectRefusedException("Project \"" + title + "\" already has milestone " + milestone.id());
        }
        milestones.add(milestone);
        milestones.sort(Comparator.comparing(Milestone::dueOn).thenComparing(Milestone::title));
    }

    /** Records that a milestone was reached on a day. */
    public void reachMilestone(MilestoneId milestoneId, LocalDate on) {
        requireRunning("reach milestones");
        Milestone m = milestone(milestoneId).orElseThrow(() -> new ProjectRefusedException("Project \"" + title
                + "\" has no milestone " + milestoneId));
        if (m.reachedOn().isPresent()) {
            throw new ProjectRefusedException("Milestone \"" + m.title() + "\" of project \"" + title
                    + "\" was already reached on " + m.reachedOn().get());
        }
        milestones.set(milestones.indexOf(m), m.reached(on));
    }

    private void requireRunning(String attempted) {
        if (!state.isRunning()) {
            throw new ProjectRefusedException("Project \"" + title + "\" cannot " + attempted + ": it is "
                    + state.label() + "; only a labelled project in progress (labelled, experimentation or"
                    + " prototyping) can");
        }
    }

    /** The milestones past their due date and not reached on that day, while the project is in progress. */
    public List<Milestone> overdueMilestones(LocalDate day) {
        if (!state.isRunning()) {
            return List.of();
        }
        return milestones.stream().filter(m -> m.isOverdueOn(day)).toList();
    }

    public ProjectId id() {
        return id;
    }

    /** The holder member (porteur de projet). */
    public MemberId holder() {
        return holder;
    }

    /** The partner members, by SIREN. */
    public Set<MemberId> partners() {
        return Collections.unmodifiableSet(partners);
    }

    /** Whether the member holds the project or is one of its partners. */
    public boolean involves(MemberId member) {
        return holder.equals(member) || partners.contains(member);
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public Euros budget() {
        return budget;
    }

    /** The support requested from the association and its funders. */
    public Euros requestedSupport() {
        return requestedSupport;
    }

    /** The call for projects it answers, if any. */
    public Optional<CallForProjectsId> call() {
        return call;
    }

    public ProjectState state() {
        return state;
    }

    public Optional<LocalDate> submittedOn() {
        return submittedOn;
    }

    /** Its label, once labelled. */
    public Optional<Label> label() {
        return label;
    }

    /** The name of its project officer, once one is assigned. */
    public Optional<String> officer() {
        return officer;
    }

    public Optional<Experimentation> experimentation() {
        return experimentation;
    }

    public Optional<LocalDate> prototypingFrom() {
        return prototypingFrom;
    }

    /** How it ended, once completed or abandoned. */
    public Optional<Closure> closure() {
        return closure;
    }

    /** Follow-up notes, oldest first. */
    public List<FollowUpNote> notes() {
        return Collections.unmodifiableList(notes);
    }

    /** Milestones, by due date. */
    public List<Milestone> milestones() {
        return Collections.unmodifiableList(milestones);
    }

    public Optional<Milestone> milestone(MilestoneId milestoneId) {
        return milestones.stream().filter(m -> m.id().equals(milestoneId)).findFirst();
    }

    /** The version read from storage; a save with a stale version is refused. */
    public long version() {
        return version;
    }

    @Override
    public String toString() {
        return "Project[" + id + " \"" + title + "\" " + state.label() + "]";
    }
}
