package org.filiere.training;

/** The longest texts the training records keep, checked where the texts are given. */
final class TextLimits {

    /** Names, titles, e-mail addresses, street lines. */
    static final int LINE = 255;
    /** A cancellation reason. */
    static final int REASON = 500;

    private TextLimits() {
    }

    static String atMost(int max, String value, String record, String field) {
        if (value.length() > max) {
            throw new InvalidTrainingDataException(record, field,
                    "is " + value.length() + " characters long; keep it to " + max);
        }
        return value;
    }
}
