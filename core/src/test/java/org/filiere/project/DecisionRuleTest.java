package org.filiere.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.filiere.fixtures.ProjectFixtures.scores;
import static org.filiere.fixtures.ProjectFixtures.uniform;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.filiere.project.DecisionRule.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The decision rule: weighted average against the threshold, and each tie rule. */
class DecisionRuleTest {

    private static final BigDecimal THREE = new BigDecimal("3.00");
    private static final EvaluationGrid GRID = EvaluationGrid.standard();
    private final ProjectId project = ProjectId.random();

    private ScoreSheet sheet(List<CriterionScore> scores) {
        return new ScoreSheet(project, CommitteeMemberId.random(), "Scorer", scores, Instant.now());
    }

    private List<ScoreSheet> sheets(int... uniformPoints) {
        return Arrays.stream(uniformPoints).mapToObj(p -> sheet(uniform(GRID, p))).toList();
    }

    @Test
    void shouldLabelAboveTheThresholdAndRejectBelowIt() {
        DecisionRule rule = new DecisionRule(THREE, TieRule.DEFER);

        Verdict above = rule.apply(GRID, sheets(4, 3, 3));
        assertThat(above.outcome()).isEqualTo(DecisionOutcome.LABELLED);
        assertThat(above.weightedAverage()).isEqualByComparingTo("3.33");
        assertThat(above.tie()).isFalse();
        assertThat(above.reasons().get(0))
                .isEqualTo("Weighted average 3.33 out of 5 from 3 scorers is above the threshold of 3.00.");

        Verdict below = rule.apply(GRID, sheets(2, 3, 3));
        assertThat(below.outcome()).isEqualTo(DecisionOutcome.REJECTED);
        assertThat(below.reasons().get(0)).endsWith("is below the threshold of 3.00.");
    }

    @Test
    void shouldWeighEachCriterionByItsWeight() {
        // innovation 3, collective dimension 3, territorial impact 2, feasibility 2: (5*3 + 5*3 + 0 + 0) / 10 = 3.00
        // is a tie, while the plain mean of the four scores would be 2.50.
        Verdict verdict = new DecisionRule(THREE, TieRule.LABEL).apply(GRID, List.of(sheet(scores(GRID, 5, 5, 0, 0))));
        assertThat(verdict.weightedAverage()).isEqualByComparingTo("3.00");
        assertThat(verdict.tie()).isTrue();

        EvaluationGrid feasibilityFirst = EvaluationGrid.parse("Innovation=1; Feasibility=4");
        Verdict weighted = new DecisionRule(THREE, TieRule.DEFER)
                .apply(feasibilityFirst, List.of(sheet(scores(feasibilityFirst, 0, 4))));
        assertThat(weighted.weightedAverage()).isEqualByComparingTo("3.20");
        assertThat(weighted.outcome()).isEqualTo(DecisionOutcome.LABELLED);
    }

    @Test
    void shouldCompareTheExactAverageNotTheRoundedOne() {
        // Three scorers at 3, 3 and 2.99 on average: the average rounds to 3.00 but is below the threshold.
        EvaluationGrid grid = EvaluationGrid.parse("Innovation=99; Feasibility=1");
        Verdict verdict = new DecisionRule(THREE, TieRule.LABEL).apply(grid, List.of(
                sheet(scores(grid, 3, 3)), sheet(scores(grid, 3, 3)), sheet(scores(grid, 3, 2))));
        assertThat(verdict.weightedAverage()).isEqualByComparingTo("3.00");
        assertThat(verdict.tie()).isFalse();
        assertThat(verdict.outcome()).isEqualTo(DecisionOutcome.REJECTED);
    }

    @ParameterizedTest(name = "tie rule {0} gives {1}")
    @CsvSource({"LABEL, LABELLED", "REJECT, REJECTED", "DEFER, DEFERRED"})
    void shouldApplyTheConfiguredTieRuleWhenTheAverageIsExactlyTheThreshold(TieRule tieRule,
            DecisionOutcome expected) {
        Verdict verdict = new DecisionRule(THREE, tieRule).apply(GRID, sheets(4, 2, 3));
        assertThat(verdict.tie()).isTrue();
        assertThat(verdict.outcome()).isEqualTo(expected);
        assertThat(verdict.reasons().get(0)).isEqualTo("Weighted average 3.00 out of 5 from 3 scorers equals the"
                + " threshold of 3.00; on a tie the rule is " + tieRule.description() + ".");
    }

    @Test
    void shouldLetTheMajorityOfScorersDecideATieUnderTheScorerMajorityRule() {
        DecisionRule rule = new DecisionRule(THREE, TieRule.SCORER_MAJORITY);

        Verdict labelled = rule.apply(GRID, sheets(4, 4, 1));
        assertThat(labelled.tie()).isTrue();
        assertThat(labelled.outcome()).isEqualTo(DecisionOutcome.LABELLED);
        assertThat(labelled.reasons().get(0)).endsWith("the majority of scorers decides: 2 scored above the threshold,"
                + " 1 below, so the proposal is labelled.");

        Verdict rejected = rule.apply(GRID, sheets(2, 2, 5));
        assertThat(rejected.outcome()).isEqualTo(DecisionOutcome.REJECTED);

        Verdict deferred = rule.apply(GRID, sheets(4, 2, 3));
        assertThat(deferred.outcome()).isEqualTo(DecisionOutcome.DEFERRED);
        assertThat(deferred.reasons().get(0)).endsWith("1 scored above the threshold, 1 below and 1 at it, so the"
                + " proposal is deferred.");
    }

    @Test
    void shouldGiveTheAverageOfEachCriterionAmongTheReasons() {
        Verdict verdict = new DecisionRule(THREE, TieRule.DEFER).apply(GRID, List.of(
                sheet(scores(GRID, 5, 4, 3, 2)), sheet(scores(GRID, 4, 4, 2, 2))));
        assertThat(DecisionRule.criterionAverages(GRID, List.of(sheet(scores(GRID, 5, 4, 3, 2)),
                sheet(scores(GRID, 4, 4, 2, 2))))).containsExactly(
                        Map.entry("innovation", new BigDecimal("4.50")),
                        Map.entry("collective-dimension", new BigDecimal("4.00")),
                        Map.entry("territorial-impact", new BigDecimal("2.50")),
                        Map.entry("feasibility", new BigDecimal("2.00")));
        assertThat(verdict.reasons().get(1)).isEqualTo("Averages by criterion: Innovation 4.50 (weight 3),"
                + " Collective dimension 4.00 (weight 3), Territorial impact 2.50 (weight 2), Feasibility 2.00"
                + " (weight 2).");
    }

    @Test
    void shouldRefuseAThresholdOutsideTheScaleAndReadTieRulesAsWritten() {
        assertThatThrownBy(() -> new DecisionRule(new BigDecimal("5.5"), TieRule.DEFER))
                .hasMessageContaining("at most 5");
        assertThatThrownBy(() -> new DecisionRule(BigDecimal.ZERO, TieRule.DEFER))
                .hasMessageContaining("more than 0");
        assertThat(TieRule.parse("scorer-majority")).isEqualTo(TieRule.SCORER_MAJORITY);
        assertThat(TieRule.parse(" Label ")).isEqualTo(TieRule.LABEL);
        assertThatThrownBy(() -> TieRule.parse("coin-toss"))
                .hasMessage("Tie rule \"coin-toss\" is not known: it is one of label, reject, defer, scorer-majority");
    }

    @Test
    void shouldReadAGridWrittenInConfiguration() {
        EvaluationGrid grid = EvaluationGrid.parse("Innovation=3; Impact territorial=2; Faisabilité=1");
        assertThat(grid.keys()).containsExactly("innovation", "impact-territorial", "faisabilite");
        assertThat(grid.totalWeight()).isEqualTo(6);
        assertThat(EvaluationGrid.parse(grid.formatted())).isEqualTo(grid);
        assertThatThrownBy(() -> EvaluationGrid.parse("Innovation=3; Innovation=2"))
                .hasMessage("Evaluation criterion \"innovation\" appears twice in the grid");
        assertThatThrownBy(() -> EvaluationGrid.parse("Innovation"))
                .hasMessageContaining("write it as label=weight");
        assertThatThrownBy(() -> EvaluationGrid.parse("Innovation=0"))
                .hasMessage("Evaluation criterion \"Innovation\" has weight 0; a weight is between 1 and 100");
        assertThat(new Decision(project, DecisionOutcome.DEFERRED, Optional.empty(), THREE, TieRule.DEFER, false, 0,
                0, 5, List.of(), LocalDate.now(), "x").weightedAverage()).isEmpty();
    }
}
