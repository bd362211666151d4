package org.filiere.watch;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.filiere.member.InvalidIdentifierException;

/**
 * A French department by its code: two digits in metropolitan France ({@code 38}), {@code 2A} and {@code 2B} in
 * Corsica, three digits overseas ({@code 974}).
 *
 * @param code the department's code
 */
public record Department(String code) {

    private static final Set<String> CODES = new TreeSet<>(Region.allDepartmentCodes());

    public Department {
        if (code == null || !CODES.contains(code)) {
            throw new InvalidIdentifierException("department", String.valueOf(code),
                    "it is not the code of a French department (such as 38, 2A or 974)");
        }
    }

    /** A department as people write it: {@code 38}, {@code 1} for {@code 01}, {@code 2a} for {@code 2A}. */
    public static Department parse(String raw) {
        String text = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
        if (text.matches("\\d")) {
            text = "0" + text;
        }
        if (!CODES.contains(text)) {
            throw new InvalidIdentifierException("department", raw == null ? "" : raw,
                    "it is not the code of a French department (such as 38, 2A or 974)");
        }
        return new Department(text);
    }

    /**
     * The department of a five-digit postcode: its first two digits, three overseas; Corsican postcodes (20xxx)
     * go to 2A below 20200 and to 2B from it.
     */
    public static Department ofPostcode(String postcode) {
        String text = postcode == null ? "" : postcode.strip();
        if (!text.matches("\\d{5}")) {
            throw new InvalidIdentifierException("postcode", text, "a French postcode has five digits");
        }
        if (text.startsWith("20")) {
            return new Department(text.compareTo("20200") < 0 ? "2A" : "2B");
        }
        String code = text.startsWith("97") ? text.substring(0, 3) : text.substring(0, 2);
        if (!CODES.contains(code)) {
            throw new InvalidIdentifierException("postcode", text, "no French department has code " + code);
        }
        return new Department(code);
    }

    /** The department of a commune's INSEE code ({@code 38185}, {@code 2A004}, {@code 97411}). */
    public static Department ofCommune(String inseeCode) {
        String text = inseeCode == null ? "" : inseeCode.strip().toUpperCase(Locale.ROOT);
        if (!text.matches("(\\d{2}|2A|2B)\\d{3}")) {
            throw new InvalidIdentifierException("INSEE commune code", text,
                    "a commune code has five characters, such as 38185 or 2A004");
        }
        return parse(text.startsWith("97") ? text.substring(0, 3) : text.substring(0, 2));
    }

    /** The department's region. */
    public Region region() {
        return Region.of(this);
    }

    @Override
    public String toString() {
        return code;
    }
}
