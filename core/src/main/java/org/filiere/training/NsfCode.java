package org.filiere.training;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A code of the French nomenclature of training specialities (NSF): three digits, optionally followed by the
 * letter of a field of activity ({@code 326}, {@code 326n}).
 *
 * @param value three digits and an optional lower-case letter
 */
public record NsfCode(String value) {

    private static final Pattern NSF = Pattern.compile("\\d{3}[a-z]?");

    public NsfCode {
        value = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (!NSF.matcher(value).matches()) {
            throw new InvalidTrainingDataException("Course", "NSF code \"" + value + "\"",
                    "is not valid: an NSF code has three digits and may end with a letter, such as 326 or 326n");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
