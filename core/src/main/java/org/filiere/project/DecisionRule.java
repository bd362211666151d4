package org.filiere.project;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The committee's decision rule: a proposal whose weighted average (over its scorers, each criterion counting
 * with its weight) is above the threshold is labelled, below it is rejected, and exactly at it the tie rule
 * decides. The average is compared exactly, before any rounding.
 *
 * @param threshold the threshold, out of 5 (for instance 3.00)
 * @param tieRule   what happens when the average is exactly the threshold
 */
public record DecisionRule(BigDecimal threshold, TieRule tieRule) {

    private static final BigDecimal MAX = BigDecimal.valueOf(CriterionScore.MAX);

    public DecisionRule {
        if (threshold == null || threshold.signum() <= 0 || threshold.compareTo(MAX) > 0) {
            throw new ProjectRefusedException("A decision threshold of " + (threshold == null ? "nothing"
                    : threshold.toPlainString()) + " is not valid: it is more than 0 and at most " + MAX);
        }
        if (threshold.stripTrailingZeros().scale() > 2) {
            throw new ProjectRefusedException("A decision threshold of " + threshold.toPlainString()
                    + " is not valid: it has at most two decimals");
        }
        threshold = threshold.setScale(2, RoundingMode.UNNECESSARY);
        Objects.requireNonNull(tieRule, "tieRule");
    }

    /**
     * The verdict on a proposal from its score sheets.
     *
     * @param grid   the criteria and weights the proposal is scored on
     * @param sheets at least one complete score sheet
     */
    public Verdict apply(EvaluationGrid grid, List<ScoreSheet> sheets) {
        if (sheets.isEmpty()) {
            throw new IllegalArgumentException("A verdict needs at least one score sheet");
        }
        long points = sheets.stream().mapToLong(s -> s.weightedPoints(grid)).sum();
        long outOf = (long) sheets.size() * grid.totalWeight();
        BigDecimal average = BigDecimal.valueOf(points).divide(BigDecimal.valueOf(outOf), 2, RoundingMode.HALF_UP);
        int comparison = BigDecimal.valueOf(points).compareTo(threshold.multiply(BigDecimal.valueOf(outOf)));
        String figures = "Weighted average " + average.toPlainString() + " out of 5 from " + sheets.size()
                + " scorer" + (sheets.size() == 1 ? "" : "s");
        List<String> reasons = new ArrayList<>();
        DecisionOutcome outcome;
        if (comparison > 0) {
            outcome = DecisionOutcome.LABELLED;
            reasons.add(figures + " is above the threshold of " + threshold.toPlainString() + ".");
        } else if (comparison < 0) {
            outcome = DecisionOutcome.REJECTED;
            reasons.add(figures + " is below the threshold of " + threshold.toPlainString() + ".");
        } else {
            String tie = figures + " equals the threshold of " + threshold.toPlainString()
                    + "; on a tie the rule is " + tieRule.description();
            outcome = switch (tieRule) {
                case LABEL -> DecisionOutcome.LABELLED;
                case REJECT -> DecisionOutcome.REJECTED;
                case DEFER -> DecisionOutcome.DEFERRED;
                case SCORER_MAJORITY -> majority(grid, sheets);
            };
            reasons.add(tie + (tieRule == TieRule.SCORER_MAJORITY ? ": " + votes(grid, sheets, outcome) : "") + ".");
        }
        reasons.add("Averages by criterion: " + criterionAverages(grid, sheets).entrySet().stream()
                .map(e -> grid.criterion(e.getKey()).orElseThrow().label() + " " + e.getValue().toPlainString()
                        + " (weight " + grid.criterion(e.getKey()).orElseThrow().weight() + ")")
                .collect(Collectors.joining(", ")) + ".");
        return new Verdict(outcome, average, comparison == 0, reasons);
    }

    private DecisionOutcome majority(EvaluationGrid grid, List<ScoreSheet> sheets) {
        long above = count(grid, sheets, 1);
        long below = count(grid, sheets, -1);
        return above > below ? DecisionOutcome.LABELLED
                : below > above ? DecisionOutcome.REJECTED : DecisionOutcome.DEFERRED;
    }

    private String votes(EvaluationGrid grid, List<ScoreSheet> sheets, DecisionOutcome outcome) {
        long above = count(grid, sheets, 1);
        long below = count(grid, sheets, -1);
        long at = sheets.size() - above - below;
        return above + " scored above the threshold, " + below + " below" + (at > 0 ? " and " + at + " at it" : "")
                + ", so the proposal is " + outcome.name().toLowerCase(Locale.ROOT);
    }

    private long count(EvaluationGrid grid, List<ScoreSheet> sheets, int sign) {
        BigDecimal bar = threshold.multiply(BigDecimal.valueOf(grid.totalWeight()));
        return sheets.stream().filter(s -> BigDecimal.valueOf(s.weightedPoints(grid)).compareTo(bar) == sign).count();
    }

    /** Each criterion's average score over the sheets, to two decimals, in the grid's order. */
    public static Map<String, BigDecimal> criterionAverages(EvaluationGrid grid, List<ScoreSheet> sheets) {
        Map<String, BigDecimal> averages = new LinkedHashMap<>();
        if (sheets.isEmpty()) {
            return averages;
        }
        for (EvaluationCriterion c : grid.criteria()) {
            int sum = sheets.stream().mapToInt(s -> s.score(c.key()).map(CriterionScore::points).orElse(0)).sum();
            averages.put(c.key(), BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(sheets.size()), 2,
                    RoundingMode.HALF_UP));
        }
        return averages;
    }

    /**
     * What the rule concludes from the scores.
     *
     * @param outcome         labelled, rejected or deferred
     * @param weightedAverage the weighted average, to two decimals
     * @param tie             whether it was exactly the threshold
     * @param reasons         the figures and reasons, in words
     */
    public record Verdict(DecisionOutcome outcome, BigDecimal weightedAverage, boolean tie, List<String> reasons) {

        public Verdict {
            reasons = List.copyOf(reasons);
        }
    }
}
