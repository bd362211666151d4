package org.filiere.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The committee's decision on a proposal, with the figures it rests on and its reasons in words.
 *
 * @param projectId       the proposal
 * @param outcome         labelled, rejected or deferred
 * @param weightedAverage the weighted average of the scores, out of 5 (none when deferred without scoring)
 * @param threshold       the threshold in force
 * @param tieRule         the tie rule in force
 * @param tie             whether the average was exactly the threshold, so that the tie rule decided
 * @param scorers         how many committee members scored the proposal
 * @param recused         how many were recused from it
 * @param quorum          the quorum in force
 * @param reasons         the reasons, in words
 * @param decidedOn       the day of the decision
 * @param decidedBy       who recorded it
 */
public record Decision(ProjectId projectId, DecisionOutcome outcome, Optional<BigDecimal> weightedAverage,
        BigDecimal threshold, TieRule tieRule, boolean tie, int scorers, int recused, int quorum,
        List<String> reasons, LocalDate decidedOn, String decidedBy) {

    public Decision {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(weightedAverage, "weightedAverage");
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(tieRule, "tieRule");
        reasons = List.copyOf(reasons);
        Objects.requireNonNull(decidedOn, "decidedOn");
        Objects.requireNonNull(decidedBy, "decidedBy");
        if (outcome != DecisionOutcome.DEFERRED && weightedAverage.isEmpty()) {
            throw new IllegalArgumentException("A decision to " + outcome.verb() + " rests on a weighted average");
        }
    }
}
