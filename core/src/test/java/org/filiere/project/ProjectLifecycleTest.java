package org.filiere.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.filiere.fixtures.ProjectFixtures.aDraft;
import static org.filiere.fixtures.ProjectFixtures.memberId;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.filiere.fixtures.MutableClock;
import org.filiere.kernel.DomainEvent;
import org.filiere.kernel.InvalidFieldException;
import org.filiere.member.MemberId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The lifecycle of a project, from draft proposal to completion: every legal move, and every illegal one refused. */
class ProjectLifecycleTest {

    /** The lifecycle as the association describes it, written out independently of {@link ProjectState#next()}. */
    private static final Set<String> LEGAL = Set.of(
            "DRAFT>SUBMITTED",
            "SUBMITTED>UNDER_REVIEW",
            "UNDER_REVIEW>LABELLED", "UNDER_REVIEW>REJECTED", "UNDER_REVIEW>DEFERRED",
            "DEFERRED>UNDER_REVIEW",
            "LABELLED>EXPERIMENTATION", "LABELLED>ABANDONED",
            "EXPERIMENTATION>PROTOTYPING", "EXPERIMENTATION>ABANDONED",
            "PROTOTYPING>COMPLETED", "PROTOTYPING>ABANDONED");

    private static final LocalDate TODAY = LocalDate.of(2025, 3, 12);

    private final MutableClock clock = new MutableClock(TODAY);
    private final MemberId holder = memberId(0);

    private static Decision decision(Project project, DecisionOutcome outcome) {
        return new Decision(project.id(), outcome, Optional.of(new BigDecimal("3.40")), new BigDecimal("3.00"),
                TieRule.DEFER, false, 5, 1, 5, List.of("Weighted average 3.40"), TODAY, "Claire Martin");
    }

    /** Tries to move the project to a state by the command that leads there; returns the event. */
    private DomainEvent move(Project project, ProjectState target) {
        return switch (target) {
            case DRAFT -> throw new IllegalArgumentException("No command leads back to a draft");
            case SUBMITTED -> project.submit(TODAY, clock);
            case UNDER_REVIEW -> {
                project.putUnderReview();
                yield null;
            }
            case LABELLED -> project.label(new LabelNumber(2025, 1), decision(project, DecisionOutcome.LABELLED),
                    clock);
            case REJECTED -> project.reject(decision(project, DecisionOutcome.REJECTED), clock);
            case DEFERRED -> project.defer(decision(project, DecisionOutcome.DEFERRED), clock);
            case EXPERIMENTATION -> project.startExperimentation(new Experimentation(
                    "Biennale Internationale Design Saint-Étienne", TODAY, TODAY.plusDays(30)), clock);
            case PROTOTYPING -> project.startPrototyping(TODAY, clock);
            case COMPLETED -> project.complete(TODAY, "Prototype delivered to the city", clock);
            case ABANDONED -> project.abandon(TODAY, "The partner left", clock);
        };
    }

    /** A project brought to a state by legal moves only. */
    private Project projectIn(ProjectState state) {
        Project project = aDraft(holder, memberId(1));
        List<ProjectState> path = switch (state) {
            case DRAFT -> List.of();
            case SUBMITTED -> List.of(ProjectState.SUBMITTED);
            case UNDER_REVIEW -> List.of(ProjectState.SUBMITTED, ProjectState.UNDER_REVIEW);
            case LABELLED, REJECTED, DEFERRED -> List.of(ProjectState.SUBMITTED, ProjectState.UNDER_REVIEW, state);
            case EXPERIMENTATION, ABANDONED -> List.of(ProjectState.SUBMITTED, ProjectState.UNDER_REVIEW,
                    ProjectState.LABELLED, state);
            case PROTOTYPING -> List.of(ProjectState.SUBMITTED, ProjectState.UNDER_REVIEW, ProjectState.LABELLED,
                    ProjectState.EXPERIMENTATION, state);
            case COMPLETED -> List.of(ProjectState.SUBMITTED, ProjectState.UNDER_REVIEW, ProjectState.LABELLED,
                    ProjectState.EXPERIMENTATION, ProjectState.PROTOTYPING, state);
        };
        path.forEach(s -> move(project, s));
        assertThat(project.state()).isEqualTo(state);
        return project;
    }

    static Stream<Arguments> everyMove() {
        List<Arguments> moves = new ArrayList<>();
        for (ProjectState from : ProjectState.values()) {
            for (ProjectState to : ProjectState.values()) {
                if (to != ProjectState.DRAFT) {
                    moves.add(Arguments.of(from, to));
                }
            }
        }
        return moves.stream();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyMove")
    void shouldAllowExactlyTheMovesOfTheLifecycleAndRefuseEveryOther(ProjectState from, ProjectState to) {
        Project project = projectIn(from);
        if (LEGAL.contains(from.name() + ">" + to.name())) {
            move(project, to);
            assertThat(project.state()).isEqualTo(to);
        } else {
            assertThatThrownBy(() -> move(project, to))
                    .isInstanceOfSatisfying(ProjectTransitionRefusedException.class, e -> {
                        assertThat(e.current()).isEqualTo(from);
                        assertThat(e.attempted()).isEqualTo(to);
                    })
                    .hasMessageStartingWith("Project \"Connected street furniture\" cannot move from state \""
                            + from.label() + "\" to state \"" + to.label() + "\"");
            assertThat(project.state()).isEqualTo(from);
        }
    }

    @Test
    void shouldDescribeTheLifecycleTheSameWayTheStatesDo() {
        Set<String> declared = new TreeSet<>();
        for (ProjectState from : ProjectState.values()) {
            from.next().forEach(to -> declared.add(from.name() + ">" + to.name()));
        }
        assertThat(declared).containsExactlyInAnyOrderElementsOf(LEGAL);
    }

    @Test
    void shouldSayWhereAProjectCanGoWhenAMoveIsRefused() {
        assertThatThrownBy(() -> move(projectIn(ProjectState.SUBMITTED), ProjectState.EXPERIMENTATION))
                .hasMessage("Project \"Connected street furniture\" cannot move from state \"submitted\" to state"
                        + " \"experimentation\": from \"submitted\" it can only move to \"under review\".");
        assertThatThrownBy(() -> move(projectIn(ProjectState.UNDER_REVIEW), ProjectState.COMPLETED))
                .hasMessageEndingWith("from \"under review\" it can only move to \"labelled\" or \"rejected\" or"
                        + " \"deferred\".");
        assertThatThrownBy(() -> move(projectIn(ProjectState.COMPLETED), ProjectState.ABANDONED))
                .hasMessageEndingWith("\"completed\" is a final state.");
    }

    @Test
    void shouldReturnTheEventOfEachMoveWithWhatHappened() {
        Project project = projectIn(ProjectState.DRAFT);

        assertThat(move(project, ProjectState.SUBMITTED)).isInstanceOfSatisfying(ProposalSubmitted.class, e -> {
            assertThat(e.projectId()).isEqualTo(project.id());
            assertThat(e.holder()).isEqualTo(holder);
            assertThat(e.submittedOn()).isEqualTo(TODAY);
            assertThat(e.aggregateId()).isEqualTo(project.id().toString());
        });
        move(project, ProjectState.UNDER_REVIEW);
        assertThat(move(project, ProjectState.LABELLED)).isInstanceOfSatisfying(ProjectLabelled.class, e -> {
            assertThat(e.labelNumber()).hasToString("LBL-2025-001");
            assertThat(e.weightedAverage()).isEqualByComparingTo("3.40");
        });
        assertThat(project.label()).contains(new Label(new LabelNumber(2025, 1), TODAY));
        assertThat(move(project, ProjectState.EXPERIMENTATION)).isInstanceOfSatisfying(ExperimentationStarted.class,
                e -> assertThat(e.experimentation().siteOrEvent()).contains("Biennale"));
        assertThat(move(project, ProjectState.PROTOTYPING)).isInstanceOfSatisfying(PrototypingStarted.class,
                e -> assertThat(e.from()).isEqualTo(TODAY));
        assertThat(move(project, ProjectState.COMPLETED)).isInstanceOfSatisfying(ProjectCompleted.class,
                e -> assertThat(e.outcome()).isEqualTo("Prototype delivered to the city"));
        assertThat(project.closure()).contains(new Closure(TODAY, "Prototype delivered to the city"));

        assertThat(move(projectIn(ProjectState.UNDER_REVIEW), ProjectState.REJECTED))
                .isInstanceOfSatisfying(ProposalRejected.class, e -> assertThat(e.reasons())
                        .containsExactly("Weighted average 3.40"));
        assertThat(move(projectIn(ProjectState.UNDER_REVIEW), ProjectState.DEFERRED))
                .isInstanceOf(ProposalDeferred.class);
        assertThat(move(projectIn(ProjectState.PROTOTYPING), ProjectState.ABANDONED))
                .isInstanceOfSatisfying(ProjectAbandoned.class,
                        e -> assertThat(e.reason()).isEqualTo("The partner left"));
    }

    @Test
    void shouldRefuseADecisionOfAnotherOutcomeOrAnotherProject() {
        Project project = projectIn(ProjectState.UNDER_REVIEW);
        Project other = projectIn(ProjectState.UNDER_REVIEW);
        assertThatThrownBy(() -> project.label(new LabelNumber(2025, 1), decision(project, DecisionOutcome.REJECTED),
                clock)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> project.reject(decision(other, DecisionOutcome.REJECTED), clock))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(project.state()).isEqualTo(ProjectState.UNDER_REVIEW);
    }

    @Test
    void shouldLetOnlyADraftBeRevised() {
        Project project = projectIn(ProjectState.DRAFT);
        project.revise("Connected benches", "Benches that count", Set.of(memberId(2)), Euros.of("90000"),
                Euros.of("30000"));
        assertThat(project.title()).isEqualTo("Connected benches");
        assertThat(project.partners()).containsExactly(memberId(2));

        move(project, ProjectState.SUBMITTED);
        assertThatThrownBy(() -> project.revise("Other", "", Set.of(), Euros.of("1"), Euros.of("1")))
                .isInstanceOf(ProjectRefusedException.class)
                .hasMessage("Project \"Connected benches\" cannot be revised: it is submitted; only a draft can be"
                        + " revised");
    }

    @Test
    void shouldRefuseAProposalThatAsksMoreThanItsBudgetOrNamesItsHolderAsPartner() {
        assertThatThrownBy(() -> Project.draft(ProjectId.random(), holder, Set.of(), "Benches", "", Euros.of("1000"),
                Euros.of("1000.01"), Optional.empty()))
                .hasMessage("Project \"Benches\" requests 1000.01 EUR of support, more than its whole budget of"
                        + " 1000.00 EUR");
        assertThatThrownBy(() -> Project.draft(ProjectId.random(), holder, Set.of(holder), "Benches", "",
                Euros.of("1000"), Euros.of("10"), Optional.empty()))
                .hasMessageContaining("is its holder and cannot also be one of its partners");
        assertThatThrownBy(() -> Euros.of("12,345")).hasMessageContaining("at most two decimals");
        assertThatThrownBy(() -> Project.draft(ProjectId.random(), holder, Set.of(), "Benches", "x".repeat(4001),
                Euros.of("1000"), Euros.of("10"), Optional.empty())).isInstanceOf(InvalidFieldException.class)
                .hasMessage("Project \"Benches\": its summary is 4001 characters long; at most 4000 are kept");
    }

    @Test
    void shouldFollowALabelledProjectWithOfficerNotesAndMilestonesOnlyWhileItRuns() {
        Project project = projectIn(ProjectState.LABELLED);
        project.assignOfficer("Paul Girard");
        project.addNote(new FollowUpNote(clock.instant(), "Paul Girard", "Kick-off with the city"));
        MilestoneId bench = MilestoneId.random();
        project.addMilestone(new Milestone(bench, "First bench installed", TODAY.plusDays(20), Optional.empty()));
        project.addMilestone(new Milestone(MilestoneId.random(), "Data published", TODAY.plusDays(10),
                Optional.empty()));

        assertThat(project.officer()).contains("Paul Girard");
        assertThat(project.milestones()).extracting(Milestone::title).containsExactly("Data published",
                "First bench installed");
        assertThat(project.overdueMilestones(TODAY.plusDays(15))).extracting(Milestone::title)
                .containsExactly("Data published");
        assertThat(project.overdueMilestones(TODAY.plusDays(21))).hasSize(2);
        project.reachMilestone(bench, TODAY.plusDays(19));
        assertThat(project.overdueMilestones(TODAY.plusDays(21))).extracting(Milestone::title)
                .containsExactly("Data published");
        assertThat(project.overdueMilestones(TODAY.plusDays(21)).get(0).daysLateOn(TODAY.plusDays(21)))
                .isEqualTo(11);
        assertThatThrownBy(() -> project.reachMilestone(bench, TODAY))
                .hasMessageContaining("was already reached on " + TODAY.plusDays(19));

        move(project, ProjectState.ABANDONED);
        assertThat(project.overdueMilestones(TODAY.plusDays(21))).isEmpty();
        assertThatThrownBy(() -> project.addNote(new FollowUpNote(clock.instant(), "Paul Girard", "Too late")))
                .hasMessage("Project \"Connected street furniture\" cannot take follow-up notes: it is abandoned;"
                        + " only a labelled project in progress (labelled, experimentation or prototyping) can");
        assertThatThrownBy(() -> projectIn(ProjectState.SUBMITTED).assignOfficer("Paul Girard"))
                .hasMessageContaining("cannot get a project officer: it is submitted");
    }

    @Test
    void shouldRefuseToAbandonWithoutAReason() {
        Project project = projectIn(ProjectState.EXPERIMENTATION);
        assertThatThrownBy(() -> project.abandon(TODAY, " ", clock))
                .hasMessage("Project \"Connected street furniture\" cannot be abandoned without a reason");
        assertThat(project.state()).isEqualTo(ProjectState.EXPERIMENTATION);
    }

    @Test
    void shouldWriteAndReadLabelNumbers() {
        assertThat(new LabelNumber(2025, 7)).hasToString("LBL-2025-007");
        assertThat(LabelNumber.parse("LBL-2026-012")).isEqualTo(new LabelNumber(2026, 12));
        assertThatThrownBy(() -> LabelNumber.parse("2026-12")).hasMessageContaining("written like LBL-2025-007");
    }
}
