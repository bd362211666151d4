package org.filiere.member;

import java.util.regex.Pattern;

/**
 * A postal address in France with the commune's official INSEE code, from which the department follows.
 *
 * @param street    street line(s)
 * @param postcode  five-digit postcode
 * @param commune   commune name
 * @param inseeCode the commune's INSEE code (five characters; Corsica starts 2A or 2B)
 */
public record Address(String street, String postcode, String commune, String inseeCode) {

    private static final Pattern POSTCODE = Pattern.compile("\\d{5}");
    private static final Pattern INSEE_CODE = Pattern.compile("(\\d{2}|2A|2B)\\d{3}");

    public Address {
        street = street == null ? "" : street.strip();
        postcode = postcode == null ? "" : postcode.strip();
        commune = commune == null ? "" : commune.strip();
        inseeCode = inseeCode == null ? "" : inseeCode.strip().toUpperCase(java.util.Locale.ROOT);
        if (!POSTCODE.matcher(postcode).matches()) {
            throw new InvalidIdentifierException("postcode", postcode, "a French postcode has five digits");
        }
        if (!INSEE_CODE.matcher(inseeCode).matches()) {
            throw new InvalidIdentifierException("INSEE commune code", inseeCode,
                    "a commune code has five characters, such as 38185 or 2A004");
        }
        if (commune.isEmpty()) {
            throw new InvalidIdentifierException("commune", commune, "the commune name is missing");
        }
    }

    /** The department: the first two characters of the commune code, three for overseas departments. */
    public String department() {
        return inseeCode.startsWith("97") ? inseeCode.substring(0, 3) : inseeCode.substring(0, 2);
    }

    @Override
    public String toString() {
        return (street.isEmpty() ? "" : street + ", ") + postcode + " " + commune;
    }
}
