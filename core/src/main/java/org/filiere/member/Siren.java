package org.filiere.member;

/**
 * The nine-digit number INSEE gives a company or organisation (SIREN), Luhn checked.
 *
 * @param value the nine digits, without separators
 */
public record Siren(String value) {

    /** La Poste's SIREN, whose establishments follow their own check rule. */
    public static final String LA_POSTE = "356000000";

    public Siren {
        String digits = CompanyNumbers.normalise("SIREN", value, 9);
        if (!digits.equals(value)) {
            throw new InvalidIdentifierException("SIREN", value, "write it as nine digits, or use Siren.parse");
        }
        if (!CompanyNumbers.passesLuhn(digits)) {
            throw new InvalidIdentifierException("SIREN", value, "its check digit is wrong (Luhn)");
        }
    }

    /** Reads a SIREN as people write it ({@code 732 829 320}, {@code 732.829.320}). */
    public static Siren parse(String raw) {
        String digits = CompanyNumbers.normalise("SIREN", raw, 9);
        if (!CompanyNumbers.passesLuhn(digits)) {
            throw new InvalidIdentifierException("SIREN", raw, "its check digit is wrong (Luhn)");
        }
        return new Siren(digits);
    }

    /** Whether the text is a valid SIREN. */
    public static boolean isValid(String raw) {
        try {
            parse(raw);
            return true;
        } catch (InvalidIdentifierException e) {
            return false;
        }
    }

    /** The usual written form: {@code 732 829 320}. */
    public String formatted() {
        return value.substring(0, 3) + " " + value.substring(3, 6) + " " + value.substring(6);
    }

    @Override
    public String toString() {
        return value;
    }
}
