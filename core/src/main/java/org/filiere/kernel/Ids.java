package org.filiere.kernel;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Reads the ids the association gives its records from the text a person typed or a file carried, refusing text that
 * is not an id in words that name the kind of record.
 */
public final class Ids {

    private static final Pattern UUID_TEXT = Pattern.compile(
            "\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}");

    private Ids() {
    }

    /**
     * The UUID written in {@code text} in its usual form (8-4-4-4-12 hexadecimal digits), surrounding spaces ignored.
     *
     * @param record the kind of record the id names, as staff would say it ({@code A training session})
     * @param text   the id as text
     * @throws InvalidFieldException naming the record and the field {@code id}, when the text is missing or not an id
     */
    public static UUID uuid(String record, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidFieldException(record, "id", "is missing");
        }
        String t = text.strip();
        if (!UUID_TEXT.matcher(t).matches()) {
            throw new InvalidFieldException(record, "id", "is not a valid id: \"" + t + "\"");
        }
        return UUID.fromString(t);
    }
}
