package org.filiere.training;

import java.util.regex.Pattern;

/**
 * A FORMACODE: the five-digit code of a training subject in the thesaurus French training bodies share (Centre
 * Inffo).
 *
 * @param value five digits
 */
public record Formacode(String value) {

    private static final Pattern FIVE_DIGITS = Pattern.compile("\\d{5}");

    public Formacode {
        value = value == null ? "" : value.strip();
        if (!FIVE_DIGITS.matcher(value).matches()) {
            throw new InvalidTrainingDataException("Course", "FORMACODE \"" + value + "\"",
                    "is not valid: a FORMACODE has five digits, such as 31054");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
