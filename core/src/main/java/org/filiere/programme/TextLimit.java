package org.filiere.programme;

/** The longest free texts the association keeps, so that an over-long text is refused in words, not by storage. */
final class TextLimit {

    /** Titles, names, places. */
    static final int SHORT = 255;
    /** Reasons and subjects. */
    static final int MEDIUM = 2000;
    /** Notes and outcomes. */
    static final int LONG = 4000;

    private TextLimit() {
    }

    /** The text, refused when longer than {@code max} characters, naming the record and the field. */
    static String check(String record, String field, String text, int max) {
        if (text != null && text.length() > max) {
            throw new ProgrammeRefusedException(record + ": its " + field + " is " + text.length()
                    + " characters long; at most " + max + " are kept");
        }
        return text;
    }
}
