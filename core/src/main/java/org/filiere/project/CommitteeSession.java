package org.filiere.project;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.filiere.kernel.TextLimit;

/**
 * A sitting of the labelling committee on a given day: the committee members on its panel, the proposals on its
 * agenda, the recusals recorded, the members' score sheets and the decisions taken. A panel member in a conflict of
 * interest with a proposal ({@link ConflictOfInterestPolicy}) is recused from it as soon as both are in the session,
 * and their score on it is refused.
 */
public final class CommitteeSession {

    private final CommitteeSessionId id;
    private final LocalDate heldOn;
    private final String place;
    private final Set<CommitteeMemberId> panel;
    private final Map<ProjectId, AgendaItem> agenda;
    private final List<Recusal> recusals;
    private final List<ScoreSheet> sheets;
    private final Map<ProjectId, Decision> decisions;
    private final long version;

    /**
     * Rebuilds a session from stored state. Used by repositories; new sessions come from {@link #plan}.
     *
     * @param version the stored version, for optimistic locking
     */
    public CommitteeSession(CommitteeSessionId id, LocalDate heldOn, String place, List<CommitteeMemberId> panel,
            List<AgendaItem> agenda, List<Recusal> recusals, List<ScoreSheet> sheets, List<Decision> decisions,
            long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.heldOn = Objects.requireNonNull(heldOn, "heldOn");
        this.place = TextLimit.check("The committee session of " + heldOn, "place", place == null ? ""
                : place.strip(), TextLimit.SHORT);
        this.panel = new LinkedHashSet<>(panel);
        this.agenda = new LinkedHashMap<>();
        agenda.forEach(item -> this.agenda.put(item.projectId(), item));
        this.recusals = new ArrayList<>(recusals);
        this.sheets = new ArrayList<>(sheets);
        this.decisions = new LinkedHashMap<>();
        decisions.forEach(d -> this.decisions.put(d.projectId(), d));
        this.version = version;
    }

    /** A session planned for a day, with an empty panel and agenda. */
    public static CommitteeSession plan(CommitteeSessionId id, LocalDate heldOn, String place) {
        return new CommitteeSession(id, heldOn, place, List.of(), List.of(), List.of(), List.of(), List.of(), 0);
    }

    /**
     * Seats a committee member on the panel, recusing them from every undecided proposal on the agenda they are in
     * a conflict of interest with.
     *
     * @param onAgenda the projects on the agenda
     * @return the recusals recorded
     */
    public List<CommitteeMemberRecused> seat(CommitteeMember member, List<Project> onAgenda, Clock clock) {
        if (!member.active()) {
            throw new ProjectRefusedException("Committee member " + member.name()
                    + " no longer sits on the committee and cannot be seated at the session of " + heldOn);
        }
        if (!panel.add(member.id())) {
            throw new ProjectRefusedException("Committee member " + member.name()
                    + " already sits on the panel of the session of " + heldOn);
        }
        List<CommitteeMemberRecused> recused = new ArrayList<>();
        for (Project project : onAgenda) {
            requireOnAgenda(project.id());
            if (!decisions.containsKey(project.id())) {
                ConflictOfInterestPolicy.conflict(member, project)
                        .ifPresent(reason -> recused.add(recuse(project.id(), member, reason, clock)));
            }
        }
        return recused;
    }

    /**
     * Puts a proposal under review on the agenda, with the grid it will be scored on, recusing every panel member
     * in a conflict of interest with it.
     *
     * @param project a proposal under review
     * @param grid    the criteria and weights it is scored on
     * @param seated  the committee members on the panel
     * @return the recusals recorded
     */
    public List<CommitteeMemberRecused> putOnAgenda(Project project, EvaluationGrid grid, List<CommitteeMember> seated,
            Clock clock) {
        if (agenda.containsKey(project.id())) {
            throw new ProjectRefusedException("Project \"" + project.title()
                    + "\" is already on the agenda of the session of " + heldOn);
        }
        if (project.state() != ProjectState.UNDER_REVIEW) {
            throw new ProjectRefusedException("Project \"" + project.title() + "\" is " + project.state().label()
                    + "; only a proposal under review can be on a committee agenda");
        }
        agenda.put(project.id(), new AgendaItem(project.id(), project.title(), grid));
        List<CommitteeMemberRecused> recused = new ArrayList<>();
        for (CommitteeMember member : seated) {
            if (!panel.contains(member.id())) {
                throw new IllegalArgumentException(member.name() + " is not on the panel of session " + id);
            }
            ConflictOfInterestPolicy.conflict(member, project)
                    .ifPresent(reason -> recused.add(recuse(project.id(), member, reason, clock)));
        }
        return recused;
    }

    /**
     * Records that a panel member steps aside from a proposal for an interest they declare. A score sheet they
     * already gave on it no longer counts.
     */
    public CommitteeMemberRecused declareInterest(ProjectId projectId, CommitteeMember member, String reason,
            Clock clock) {
        AgendaItem item = requireUndecided(projectId, "take a declaration of interest");
        requireSeated(member, item);
        if (isRecused(projectId, member.id())) {
            throw new ProjectRefusedException(member.name() + " is already recused from proposal \"" + item.title()
                    + "\"");
        }
        if (reason == null || reason.isBlank()) {
            throw new ProjectRefusedException(member.name() + " must say what interest they declare in proposal \""
                    + item.title() + "\"");
        }
        TextLimit.check("The declaration of " + member.name(), "interest", reason, TextLimit.MEDIUM);
        sheets.removeIf(s -> s.projectId().equals(projectId) && s.scorer().equals(member.id()));
        return recuse(projectId, member, member.name() + " declared an interest: " + reason.strip(), clock);
    }

    private CommitteeMemberRecused recuse(ProjectId projectId, CommitteeMember member, String reason, Clock clock) {
        Recusal recusal = new Recusal(projectId, member.id(), member.name(), reason, clock.instant());
        recusals.add(recusal);
        return new CommitteeMemberRecused(UUID.randomUUID(), recusal.recordedAt(), id, projectId, member.id(),
                member.name(), reason);
    }

    /**
     * Records a panel member's scores on a proposal, one per criterion of its grid; a new sheet from the same member
     * replaces their previous one until the proposal is decided.
     *
     * @throws ScoreRefusedException if the member is recused from it, not on the panel, or the sheet is incomplete
     */
    public ProposalScored score(ProjectId projectId, CommitteeMember scorer, List<CriterionScore> scores,
            Clock clock) {
        AgendaItem item = agenda.get(projectId);
        if (item == null) {
            throw new ScoreRefusedException("Project " + projectId + " is not on the agenda of the session of "
                    + heldOn + "; it cannot be scored there");
        }
        if (decisions.containsKey(projectId)) {
            throw new ScoreRefusedException("Proposal \"" + item.title() + "\" was already decided at the session of "
                    + heldOn + "; the score of " + scorer.name() + " is refused");
        }
        if (!panel.contains(scorer.id())) {
            throw new ScoreRefusedException(scorer.name() + " does not sit on the panel of the session of " + heldOn
                    + " and cannot score proposal \"" + item.title() + "\"");
        }
        Optional<Recusal> recusal = recusal(projectId, scorer.id());
        if (recusal.isPresent()) {
            throw new ScoreRefusedException(scorer.name() + " is recused from proposal \"" + item.title() + "\" ("
                    + recusal.get().reason() + "); their score is refused");
        }
        requireComplete(item, scorer, scores);
        List<CriterionScore> ordered = item.grid().keys().stream()
                .map(key -> scores.stream().filter(s -> s.criterion().equals(key)).findFirst().orElseThrow())
                .toList();
        ScoreSheet sheet = new ScoreSheet(projectId, scorer.id(), scorer.name(), ordered, clock.instant());
        sheets.removeIf(s -> s.projectId().equals(projectId) && s.scorer().equals(scorer.id()));
        sheets.add(sheet);
        return new ProposalScored(UUID.randomUUID(), sheet.scoredAt(), id, projectId, scorer.id(),
                sheet.weightedAverage(item.grid()));
    }

    private static void requireComplete(AgendaItem item, CommitteeMember scorer, List<CriterionScore> scores) {
        EvaluationGrid grid = item.grid();
        for (CriterionScore s : scores) {
            if (grid.criterion(s.criterion()).isEmpty()) {
                throw new ScoreRefusedException("The score of " + scorer.name() + " on proposal \"" + item.title()
                        + "\" names criterion \"" + s.criterion() + "\", which is not in its grid (" + grid.keys()
                        + ")");
            }
            if (scores.stream().filter(o -> o.criterion().equals(s.criterion())).count() > 1) {
                throw new ScoreRefusedException("The score of " + scorer.name() + " on proposal \"" + item.title()
                        + "\" scores criterion \"" + s.criterion() + "\" twice");
            }
        }
        List<String> missing = grid.keys().stream()
                .filter(key -> scores.stream().noneMatch(s -> s.criterion().equals(key))).toList();
        if (!missing.isEmpty()) {
            throw new ScoreRefusedException("The score of " + scorer.name() + " on proposal \"" + item.title()
                    + "\" is incomplete: criteria " + missing + " are not scored");
        }
    }

    /**
     * Decides on a proposal by the decision rule, once the session has been held and the quorum of non-recused
     * scorers is reached. The project's own change of state follows from the decision's outcome.
     *
     * @param on the day the decision is recorded, not before the session's day
     */
    public Decision decide(ProjectId projectId, Quorum quorum, DecisionRule rule, String decidedBy, LocalDate on) {
        AgendaItem item = requireHeldAndUndecided(projectId, on, "be decided");
        List<ScoreSheet> scored = sheetsFor(projectId);
        int recused = recusalsFor(projectId).size();
        quorum.check(item, scored.size(), recused);
        DecisionRule.Verdict verdict = rule.apply(item.grid(), scored);
        Decision decision = new Decision(projectId, verdict.outcome(), Optional.of(verdict.weightedAverage()),
                rule.threshold(), rule.tieRule(), verdict.tie(), scored.size(), recused, quorum.minimumScorers(),
                verdict.reasons(), on, decidedBy);
        decisions.put(projectId, decision);
        return decision;
    }

    /**
     * The committee defers a proposal to a later session without deciding on its scores, for a reason it gives.
     *
     * @param on the day the decision is recorded, not before the session's day
     */
    public Decision defer(ProjectId projectId, String reason, Quorum quorum, DecisionRule rule, String decidedBy,
            LocalDate on) {
        AgendaItem item = requireHeldAndUndecided(projectId, on, "be deferred");
        if (reason == null || reason.isBlank()) {
            throw new ProjectRefusedException("Deferring proposal \"" + item.title() + "\" needs a reason");
        }
        TextLimit.check("Deferring proposal \"" + item.title() + "\"", "reason", reason, TextLimit.MEDIUM);
        String why = "Deferred by the committee: " + reason.strip().replaceAll("\\s+", " ") + ".";
        Decision decision = new Decision(projectId, DecisionOutcome.DEFERRED, Optional.empty(), rule.threshold(),
                rule.tieRule(), false, sheetsFor(projectId).size(), recusalsFor(projectId).size(),
                quorum.minimumScorers(), List.of(why), on, decidedBy);
        decisions.put(projectId, decision);
        return decision;
    }

    private AgendaItem requireHeldAndUndecided(ProjectId projectId, LocalDate on, String attempted) {
        AgendaItem item = requireUndecided(projectId, attempted);
        if (on.isBefore(heldOn)) {
            throw new ProjectRefusedException("Proposal \"" + item.title() + "\" cannot " + attempted + " on " + on
                    + ": the committee session of " + heldOn + " has not been held yet");
        }
        return item;
    }

    private AgendaItem requireUndecided(ProjectId projectId, String attempted) {
        AgendaItem item = requireOnAgenda(projectId);
        Decision decided = decisions.get(projectId);
        if (decided != null) {
            throw new ProjectRefusedException("Proposal \"" + item.title() + "\" cannot " + attempted
                    + ": the committee already decided to " + decided.outcome().verb() + " it on "
                    + decided.decidedOn());
        }
        return item;
    }

    private AgendaItem requireOnAgenda(ProjectId projectId) {
        AgendaItem item = agenda.get(projectId);
        if (item == null) {
            throw new ProjectRefusedException("Project " + projectId + " is not on the agenda of the session of "
                    + heldOn);
        }
        return item;
    }

    private void requireSeated(CommitteeMember member, AgendaItem item) {
        if (!panel.contains(member.id())) {
            throw new ProjectRefusedException(member.name() + " does not sit on the panel of the session of " + heldOn
                    + " that reviews proposal \"" + item.title() + "\"");
        }
    }

    public CommitteeSessionId id() {
        return id;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public String place() {
        return place;
    }

    /** The committee members on the panel, in the order they were seated. */
    public List<CommitteeMemberId> panel() {
        return List.copyOf(panel);
    }

    /** The proposals on the agenda, in order. */
    public List<AgendaItem> agenda() {
        return List.copyOf(agenda.values());
    }

    public Optional<AgendaItem> agendaItem(ProjectId projectId) {
        return Optional.ofNullable(agenda.get(projectId));
    }

    /** Every recusal recorded, in order. */
    public List<Recusal> recusals() {
        return Collections.unmodifiableList(recusals);
    }

    public List<Recusal> recusalsFor(ProjectId projectId) {
        return recusals.stream().filter(r -> r.projectId().equals(projectId)).toList();
    }

    public Optional<Recusal> recusal(ProjectId projectId, CommitteeMemberId member) {
        return recusals.stream().filter(r -> r.projectId().equals(projectId) && r.committeeMemberId().equals(member))
                .findFirst();
    }

    public boolean isRecused(ProjectId projectId, CommitteeMemberId member) {
        return recusal(projectId, member).isPresent();
    }

    /** Every score sheet, in the order recorded. */
    public List<ScoreSheet> sheets() {
        return Collections.unmodifiableList(sheets);
    }

    public List<ScoreSheet> sheetsFor(ProjectId projectId) {
        return sheets.stream().filter(s -> s.projectId().equals(projectId)).toList();
    }

    /** Each criterion's average score on a proposal so far, in its grid's order. */
    public Map<String, BigDecimal> criterionAverages(ProjectId projectId) {
        return DecisionRule.criterionAverages(requireOnAgenda(projectId).grid(), sheetsFor(projectId));
    }

    public Optional<Decision> decision(ProjectId projectId) {
        return Optional.ofNullable(decisions.get(projectId));
    }

    /** The decisions taken, in order. */
    public List<Decision> decisions() {
        return List.copyOf(decisions.values());
    }

    /** The version read from storage; a save with a stale version is refused. */
    public long version() {
        return version;
    }

    @Override
    public String toString() {
        return "CommitteeSession[" + heldOn + " " + place + "]";
    }
}
