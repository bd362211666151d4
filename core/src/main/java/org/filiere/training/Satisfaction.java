package org.filiere.training;

/**
 * How satisfied an attendee was: a score from 1 (not at all) to 5 (very), with a comment.
 *
 * @param score   1 to 5
 * @param comment what they said, possibly nothing
 */
public record Satisfaction(int score, String comment) {

    /** The longest comment kept. */
    public static final int MAX_COMMENT_LENGTH = 2000;

    public Satisfaction {
        if (score < 1 || score > 5) {
            throw new InvalidTrainingDataException("Satisfaction", "score", "goes from 1 to 5, not " + score);
        }
        comment = comment == null ? "" : comment.strip();
        if (comment.length() > MAX_COMMENT_LENGTH) {
            throw new InvalidTrainingDataException("Satisfaction", "comment",
                    "is " + comment.length() + " characters long; keep it to " + MAX_COMMENT_LENGTH);
        }
    }
}
