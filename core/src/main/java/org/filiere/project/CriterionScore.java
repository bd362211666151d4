package org.filiere.project;

import org.filiere.kernel.TextLimit;

/**
 * A committee member's score on one criterion, from 0 to 5, with their comment.
 *
 * @param criterion the criterion's key
 * @param points    from 0 to 5
 * @param comment   why, in the committee member's words (may be empty)
 */
public record CriterionScore(String criterion, int points, String comment) {

    /** The highest score. */
    public static final int MAX = 5;

    public CriterionScore {
        if (criterion == null || criterion.isBlank()) {
            throw new ScoreRefusedException("A score needs the criterion it is given on");
        }
        if (points < 0 || points > MAX) {
            throw new ScoreRefusedException("A score of " + points + " on criterion \"" + criterion
                    + "\" is not valid: scores go from 0 to " + MAX);
        }
        comment = TextLimit.check("The score on criterion \"" + criterion + "\"", "comment", comment == null ? ""
                : comment.strip(), TextLimit.MEDIUM);
    }
}
