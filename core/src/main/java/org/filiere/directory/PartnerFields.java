package org.filiere.directory;

import java.util.Optional;
import java.util.regex.Pattern;

import org.filiere.kernel.InvalidFieldException;
import org.filiere.kernel.TextLimit;

/** The rules every field of partner data follows: texts stripped and bounded, required ones present. */
final class PartnerFields {

    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private PartnerFields() {
    }

    static String required(String record, String field, String text, int max) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            throw new InvalidFieldException(record, field, "is missing");
        }
        return TextLimit.check(record, field, value, max);
    }

    static String optional(String record, String field, String text, int max) {
        return TextLimit.check(record, field, text == null ? "" : text.strip(), max);
    }

    static Optional<String> email(String record, Optional<String> email) {
        Optional<String> value = email.map(String::strip).filter(e -> !e.isEmpty());
        if (value.isPresent() && !EMAIL.matcher(value.get()).matches()) {
            throw new InvalidFieldException(record, "e-mail address", "\"" + value.get() + "\" is not an e-mail address");
        }
        return value.map(e -> TextLimit.check(record, "e-mail address", e, TextLimit.SHORT));
    }

    static String externalId(String kind, String externalId) {
        return required(kind, "id", externalId, TextLimit.SHORT);
    }
}
