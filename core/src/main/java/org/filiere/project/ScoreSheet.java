package org.filiere.project;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One committee member's scores on a proposal, one per criterion of its grid.
 *
 * @param projectId  the proposal
 * @param scorer     the committee member
 * @param scorerName the committee member's name
 * @param scores     a score for each criterion
 * @param scoredAt   when the sheet was recorded
 */
public record ScoreSheet(ProjectId projectId, CommitteeMemberId scorer, String scorerName, List<CriterionScore> scores,
        Instant scoredAt) {

    public ScoreSheet {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(scorer, "scorer");
        Objects.requireNonNull(scorerName, "scorerName");
        scores = List.copyOf(scores);
        Objects.requireNonNull(scoredAt, "scoredAt");
    }

    /** The score on a criterion. */
    public Optional<CriterionScore> score(String criterion) {
        return scores.stream().filter(s -> s.criterion().equals(criterion)).findFirst();
    }

    /** The sum of each criterion's points times its weight. */
    public int weightedPoints(EvaluationGrid grid) {
        return grid.criteria().stream()
                .mapToInt(c -> c.weight() * score(c.key()).map(CriterionScore::points).orElse(0)).sum();
    }

    /** The scorer's weighted average, out of 5, to two decimals. */
    public BigDecimal weightedAverage(EvaluationGrid grid) {
        return BigDecimal.valueOf(weightedPoints(grid)).divide(BigDecimal.valueOf(grid.totalWeight()), 2,
                RoundingMode.HALF_UP);
    }
}
