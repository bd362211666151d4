package org.filiere.member;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An activity code of the INSEE NAF rev. 2 nomenclature at sub-class level (code APE), such as {@code 62.01Z}.
 * This type checks the form only; {@link NafNomenclature#activity(String)} checks that the code exists.
 *
 * @param value the code in its standard form: two digits, a dot, two digits, a capital letter
 */
public record NafCode(String value) implements Comparable<NafCode> {

    private static final Pattern STANDARD = Pattern.compile("\\d{2}\\.\\d{2}[A-Z]");
    private static final Pattern WRITTEN = Pattern.compile("(\\d{2})[. ]?(\\d{2})\\s*([A-Za-z])");

    public NafCode {
        if (value == null || !STANDARD.matcher(value).matches()) {
            throw new InvalidIdentifierException("NAF code", String.valueOf(value),
                    "a NAF rev. 2 code is written like 62.01Z");
        }
    }

    /** Reads a code as people write it: {@code 62.01Z}, {@code 6201Z}, {@code 62 01 z}. */
    public static NafCode parse(String raw) {
        var m = raw == null ? null : WRITTEN.matcher(raw.strip());
        if (m == null || !m.matches()) {
            throw new InvalidIdentifierException("NAF code", String.valueOf(raw),
                    "a NAF rev. 2 code is written like 62.01Z");
        }
        return new NafCode(m.group(1) + "." + m.group(2) + m.group(3).toUpperCase(Locale.ROOT));
    }

    @Override
    public int compareTo(NafCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
