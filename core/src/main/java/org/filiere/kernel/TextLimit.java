package org.filiere.kernel;

/**
 * The longest free texts the association keeps, so that an over-long text is refused in words, naming the record
 * and the field, rather than by the storage.
 */
public final class TextLimit {

    /** Titles, names, places, e-mail addresses. */
    public static final int SHORT = 255;
    /** Reasons kept in a short column: a training session's cancellation. */
    public static final int BRIEF = 500;
    /** Reasons, subjects, comments. */
    public static final int MEDIUM = 2000;
    /** Descriptions, summaries, notes, outcomes. */
    public static final int LONG = 4000;

    private TextLimit() {
    }

    /**
     * The text, refused when longer than {@code max} characters.
     *
     * @throws InvalidFieldException naming the record and the field, when the text is too long
     */
    public static String check(String record, String field, String text, int max) {
        if (text != null && text.length() > max) {
            throw new InvalidFieldException(record, field,
                    "is " + text.length() + " characters long; at most " + max + " are kept");
        }
        return text;
    }
}
