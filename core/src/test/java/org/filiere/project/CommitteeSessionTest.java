package org.filiere.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.filiere.fixtures.ProjectFixtures.aDraft;
import static org.filiere.fixtures.ProjectFixtures.aRepresentativeOf;
import static org.filiere.fixtures.ProjectFixtures.aStaffCommitteeMember;
import static org.filiere.fixtures.ProjectFixtures.anExpert;
import static org.filiere.fixtures.ProjectFixtures.memberId;
import static org.filiere.fixtures.ProjectFixtures.scores;
import static org.filiere.fixtures.ProjectFixtures.uniform;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.filiere.fixtures.MutableClock;
import org.filiere.member.MemberId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A committee session: recusals for conflicts of interest, scoring, quorum and decisions. */
class CommitteeSessionTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 20);
    private static final EvaluationGrid GRID = EvaluationGrid.standard();

    private final MutableClock clock = new MutableClock(DAY);
    private final MemberId holder = memberId(0);
    private final MemberId partner = memberId(1);
    private final MemberId unrelated = memberId(2);

    private final CommitteeMember holderRep = aRepresentativeOf(holder, "Anne Roux");
    private final CommitteeMember partnerRep = aRepresentativeOf(partner, "Bruno Petit");
    private final CommitteeMember otherRep = aRepresentativeOf(unrelated, "Chloé Morel");
    private final CommitteeMember expert = anExpert("David Lambert", "École nationale supérieure de design");
    private final CommitteeMember staff = aStaffCommitteeMember("Claire Martin");

    private final Quorum quorum = new Quorum(3);
    private final DecisionRule rule = new DecisionRule(new BigDecimal("3.00"), TieRule.DEFER);

    private CommitteeSession session;
    private Project project;

    @BeforeEach
    void aSessionWithAProposalUnderReview() {
        session = CommitteeSession.plan(CommitteeSessionId.random(), DAY, "Saint-Étienne, Cité du design");
        project = aDraft(holder, partner);
        project.submit(DAY.minusDays(10), clock);
        project.putUnderReview();
    }

    private void seatEveryone() {
        for (CommitteeMember m : List.of(holderRep, partnerRep, otherRep, expert, staff)) {
            session.seat(m, List.of(), clock);
        }
    }

    @Test
    void shouldRecuseTheHolderAndPartnerRepresentativesWhenTheProposalIsPutOnTheAgenda() {
        seatEveryone();

        List<CommitteeMemberRecused> recused = session.putOnAgenda(project, GRID,
                List.of(holderRep, partnerRep, otherRep, expert, staff), clock);

        assertThat(recused).extracting(CommitteeMemberRecused::name).containsExactly("Anne Roux", "Bruno Petit");
        assertThat(recused.get(0).reason()).isEqualTo("Anne Roux works for member " + holder
                + ", the holder of the project");
        assertThat(recused.get(1).reason()).isEqualTo("Bruno Petit works for member " + partner
                + ", a partner of the project");
        assertThat(recused).allSatisfy(e -> {
            assertThat(e.sessionId()).isEqualTo(session.id());
            assertThat(e.projectId()).isEqualTo(project.id());
        });
        assertThat(session.recusalsFor(project.id())).extracting(Recusal::committeeMemberId)
                .containsExactly(holderRep.id(), partnerRep.id());
        assertThat(session.isRecused(project.id(), otherRep.id())).isFalse();
    }

    @Test
    void shouldRecuseAMemberSeatedAfterTheAgendaWasSet() {
        session.seat(otherRep, List.of(), clock);
        session.putOnAgenda(project, GRID, List.of(otherRep), clock);

        List<CommitteeMemberRecused> recused = session.seat(holderRep, List.of(project), clock);

        assertThat(recused).singleElement().satisfies(e -> assertThat(e.committeeMemberId()).isEqualTo(holderRep.id()));
        assertThat(session.seat(expert, List.of(project), clock)).isEmpty();
    }

    @Test
    void shouldRefuseTheScoreOfARecusedCommitteeMember() {
        seatEveryone();
        session.putOnAgenda(project, GRID, List.of(holderRep, partnerRep, otherRep, expert, staff), clock);

        assertThatThrownBy(() -> session.score(project.id(), holderRep, uniform(GRID, 5), clock))
                .isInstanceOf(ScoreRefusedException.class)
                .hasMessage("Anne Roux is recused from proposal \"Connected street furniture\" (Anne Roux works for"
                        + " member " + holder + ", the holder of the project); their score is refused");
        assertThat(session.sheetsFor(project.id())).isEmpty();
    }

    @Test
    void shouldRecordADeclaredInterestAndDiscardTheScoreAlreadyGiven() {
        seatEveryone();
        session.putOnAgenda(project, GRID, List.of(holderRep, partnerRep, otherRep, expert, staff), clock);
        session.score(project.id(), expert, uniform(GRID, 4), clock);

        CommitteeMemberRecused declared = session.declareInterest(project.id(), expert,
                "supervises the holder's apprentice", clock);

        assertThat(declared.reason()).isEqualTo("David Lambert declared an interest: supervises the holder's"
                + " apprentice");
        assertThat(session.sheetsFor(project.id())).isEmpty();
        assertThatThrownBy(() -> session.score(project.id(), expert, uniform(GRID, 4), clock))
                .isInstanceOf(ScoreRefusedException.class);
        assertThatThrownBy(() -> session.declareInterest(project.id(), expert, "again", clock))
                .hasMessage("David Lambert is already recused from proposal \"Connected street furniture\"");
    }

    @Test
    void shouldRefuseScoresFromOutsideThePanelIncompleteOrOutOfRange() {
        session.seat(otherRep, List.of(), clock);
        session.putOnAgenda(project, GRID, List.of(otherRep), clock);

        assertThatThrownBy(() -> session.score(project.id(), expert, uniform(GRID, 3), clock))
                .hasMessage("David Lambert does not sit on the panel of the session of 2025-03-20 and cannot score"
                        + " proposal \"Connected street furniture\"");
        assertThatThrownBy(() -> session.score(project.id(), otherRep, uniform(GRID, 3).subList(0, 3), clock))
                .isInstanceOf(ScoreRefusedException.class)
                .hasMessage("The score of Chloé Morel on proposal \"Connected street furniture\" is incomplete:"
                        + " criteria [feasibility] are not scored");
        assertThatThrownBy(() -> session.score(project.id(), otherRep, List.of(new CriterionScore("innovation", 3, ""),
                new CriterionScore("innovation", 4, ""), new CriterionScore("collective-dimension", 3, ""),
                new CriterionScore("territorial-impact", 3, "")), clock))
                .hasMessageContaining("scores criterion \"innovation\" twice");
        assertThatThrownBy(() -> session.score(project.id(), otherRep, List.of(new CriterionScore("beauty", 3, "")),
                clock)).hasMessageContaining("names criterion \"beauty\", which is not in its grid");
        assertThatThrownBy(() -> new CriterionScore("innovation", 6, ""))
                .isInstanceOf(ScoreRefusedException.class)
                .hasMessage("A score of 6 on criterion \"innovation\" is not valid: scores go from 0 to 5");
        assertThatThrownBy(() -> session.score(ProjectId.random(), otherRep, uniform(GRID, 3), clock))
                .hasMessageContaining("is not on the agenda of the session of 2025-03-20");
    }

    @Test
    void shouldReplaceAScoreSheetGivenAgainBeforeTheDecision() {
        seatEveryone();
        session.putOnAgenda(project, GRID, List.of(holderRep, partnerRep, otherRep, expert, staff), clock);

        ProposalScored first = session.score(project.id(), otherRep, scores(GRID, 2, 2, 2, 2), clock);
        ProposalScored second = session.score(project.id(), otherRep, scores(GRID, 5, 4, 3, 2), clock);

        assertThat(first.weightedAverage()).isEqualByComparingTo("2.00");
        assertThat(second.weightedAverage()).isEqualByComparingTo("3.70");
        assertThat(session.sheetsFor(project.id())).singleElement()
                .satisfies(s -> assertThat(s.score("innovation").orElseThrow().comment()).isEqualTo("scored 5"));
    }

    @Test
    void shouldRefuseADecisionUntilTheQuorumOfNonRecusedScorersIsReached() {
        seatEveryone();
        session.putOnAgenda(project, GRID, List.of(holderRep, partnerRep, otherRep, expert, staff), clock);
        session.score(project.id(), otherRep, uniform(GRID, 4), clock);
        session.score(project.id(), expert, uniform(GRID, 4), clock);

        assertThatThrownBy(() -> session.decide(project.id(), quorum, rule, "Claire Martin", DAY))
                .isInstanceOf(QuorumNotReachedException.class)
                .hasMessage("Proposal \"Connected street furniture\" cannot be decided yet: 2 committee members have"
                        + " scored it (2 recused), and the quorum is 3 non-recused scorers");
        assertThat(session.decision(project.id())).isEmpty();

        session.score(project.id(), staff, uniform(GRID, 2), clock);
        Decision decision = session.decide(project.id(), quorum, rule, "Claire Martin", DAY);

        assertThat(decision.outcome()).isEqualTo(DecisionOutcome.LABELLED);
        assertThat(decision.weightedAverage()).contains(new BigDecimal("3.33"));
        assertThat(decision.scorers()).isEqualTo(3);
        assertThat(decision.recused()).isEqualTo(2);
        assertThat(decision.quorum()).isEqualTo(3);
        assertThat(decision.threshold()).isEqualByComparingTo("3.00");
        assertThat(decision.decidedBy()).isEqualTo("Claire Martin");
        assertThat(decision.reasons()).hasSize(2);
        assertThat(session.criterionAverages(project.id())).containsEntry("innovation", new BigDecimal("3.33"));
    }

    @Test
    void shouldRefuseScoresAndDecisionsOnceDecided() {
        seatEveryone();
        session.putOnAgenda(project, GRID, List.of(holderRep, partnerRep, otherRep, expert, staff), clock);
        List.of(otherRep, expert, staff).forEach(m -> session.score(project.id(), m, uniform(GRID, 1), clock));
        session.decide(project.id(), quorum, rule, "Claire Martin", DAY);

        assertThatThrownBy(() -> session.score(project.id(), expert, uniform(GRID, 5), clock))
                .hasMessage("Proposal \"Connected street furniture\" was already decided at the session of 2025-03-20;"
                        + " the score of David Lambert is refused");
        assertThatThrownBy(() -> session.decide(project.id(), quorum, rule, "Claire Martin", DAY))
                .hasMessage("Proposal \"Connected street furniture\" cannot be decided: the committee already decided"
                        + " to reject it on 2025-03-20");
    }

    @Test
    void shouldRefuseToRecordADecisionBeforeTheSessionIsHeld() {
        seatEveryone();
        session.putOnAgenda(project, GRID, List.of(holderRep, partnerRep, otherRep, expert, staff), clock);
        List.of(otherRep, expert, staff).forEach(m -> session.score(project.id(), m, uniform(GRID, 4), clock));

        assertThatThrownBy(() -> session.decide(project.id(), quorum, rule, "Claire Martin", DAY.minusDays(1)))
                .hasMessage("Proposal \"Connected street furniture\" cannot be decided on 2025-03-19: the committee"
                        + " session of 2025-03-20 has not been held yet");
        assertThatThrownBy(() -> session.defer(project.id(), "later", quorum, rule, "Claire Martin",
                DAY.minusDays(1))).hasMessageContaining("has not been held yet");
        assertThat(session.decide(project.id(), quorum, rule, "Claire Martin", DAY.plusDays(2)).decidedOn())
                .isEqualTo(DAY.plusDays(2));
    }

    @Test
    void shouldDeferWithoutScoresForAReasonTheCommitteeGives() {
        session.putOnAgenda(project, GRID, List.of(), clock);

        Decision decision = session.defer(project.id(), "the budget breakdown is missing", quorum, rule,
                "Claire Martin", DAY);

        assertThat(decision.outcome()).isEqualTo(DecisionOutcome.DEFERRED);
        assertThat(decision.weightedAverage()).isEmpty();
        assertThat(decision.reasons()).containsExactly("Deferred by the committee: the budget breakdown is missing.");
        assertThatThrownBy(() -> session.defer(ProjectId.random(), "x", quorum, rule, "Claire Martin", DAY))
                .hasMessageContaining("is not on the agenda");
    }

    @Test
    void shouldRefuseToSeatARetiredOrAlreadySeatedMemberAndToListAProposalTwice() {
        session.seat(otherRep, List.of(), clock);
        assertThatThrownBy(() -> session.seat(otherRep, List.of(), clock))
                .hasMessage("Committee member Chloé Morel already sits on the panel of the session of 2025-03-20");
        assertThatThrownBy(() -> session.seat(expert.retired(), List.of(), clock))
                .hasMessageContaining("no longer sits on the committee");
        session.putOnAgenda(project, GRID, List.of(otherRep), clock);
        assertThatThrownBy(() -> session.putOnAgenda(project, GRID, List.of(otherRep), clock))
                .hasMessage("Project \"Connected street furniture\" is already on the agenda of the session of"
                        + " 2025-03-20");
        Project draft = aDraft(holder);
        assertThatThrownBy(() -> session.putOnAgenda(draft, GRID, List.of(), clock))
                .hasMessage("Project \"Connected street furniture\" is draft; only a proposal under review can be on"
                        + " a committee agenda");
    }

    @Test
    void shouldRecuseOnlyForTheHolderOrAPartnerByTheConflictOfInterestPolicy() {
        assertThat(ConflictOfInterestPolicy.conflict(holderRep, project)).isPresent();
        assertThat(ConflictOfInterestPolicy.conflict(partnerRep, project)).isPresent();
        assertThat(ConflictOfInterestPolicy.conflict(otherRep, project)).isEmpty();
        assertThat(ConflictOfInterestPolicy.conflict(expert, project)).isEmpty();
        assertThat(ConflictOfInterestPolicy.conflict(staff, project)).isEmpty();
        CommitteeMember expertAtHolder = CommitteeMember.appoint("Eva Blanc", CommitteeMemberKind.OUTSIDE_EXPERT,
                Optional.of(holder), "Design lab of the holder");
        assertThat(ConflictOfInterestPolicy.conflict(expertAtHolder, project))
                .contains("Eva Blanc works for member " + holder + ", the holder of the project");
    }

    @Test
    void shouldKnowWhomEachKindOfCommitteeMemberWorksFor() {
        assertThatThrownBy(() -> CommitteeMember.appoint("Anne Roux", CommitteeMemberKind.MEMBER_REPRESENTATIVE,
                Optional.empty(), "")).hasMessage("Committee member Anne Roux is a member representative: the member"
                        + " they work for is needed");
        assertThatThrownBy(() -> CommitteeMember.appoint("David Lambert", CommitteeMemberKind.OUTSIDE_EXPERT,
                Optional.empty(), " ")).hasMessageContaining("the organisation they come from is needed");
        assertThatThrownBy(() -> CommitteeMember.appoint("Claire Martin", CommitteeMemberKind.STAFF,
                Optional.of(holder), "")).hasMessageContaining("is staff of the association");
    }
}
