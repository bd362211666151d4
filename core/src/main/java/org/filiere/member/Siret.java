package org.filiere.member;

/**
 * The fourteen-digit number of an establishment (SIRET): the company's SIREN followed by a five-digit NIC.
 * It passes the Luhn check, except for La Poste (SIREN 356000000): its head office 35600000000048 passes
 * Luhn, and any other of its establishments is valid when the sum of its fourteen digits is a multiple of 5.
 *
 * @param value the fourteen digits, without separators
 */
public record Siret(String value) {

    private static final String LA_POSTE_HEAD_OFFICE = "35600000000048";

    public Siret {
        String digits = CompanyNumbers.normalise("SIRET", value, 14);
        if (!digits.equals(value)) {
            throw new InvalidIdentifierException("SIRET", value, "write it as fourteen digits, or use Siret.parse");
        }
        check(value, digits);
    }

    /** Reads a SIRET as people write it ({@code 732 829 320 00074}). */
    public static Siret parse(String raw) {
        String digits = CompanyNumbers.normalise("SIRET", raw, 14);
        check(raw, digits);
        return new Siret(digits);
    }

    /** Whether the text is a valid SIRET. */
    public static boolean isValid(String raw) {
        try {
            parse(raw);
            return true;
        } catch (InvalidIdentifierException e) {
            return false;
        }
    }

    private static void check(String raw, String digits) {
        boolean laPoste = digits.startsWith(Siren.LA_POSTE);
        if (laPoste && !digits.equals(LA_POSTE_HEAD_OFFICE)) {
            if (CompanyNumbers.digitSum(digits) % 5 != 0) {
                throw new InvalidIdentifierException("SIRET", raw,
                        "for a La Poste establishment the sum of its digits must be a multiple of 5");
            }
            return;
        }
        if (!CompanyNumbers.passesLuhn(digits)) {
            throw new InvalidIdentifierException("SIRET", raw, "its check digit is wrong (Luhn)");
        }
    }

    /** The SIREN of the company this establishment belongs to. */
    public Siren siren() {
        return new Siren(value.substring(0, 9));
    }

    /** The establishment's own five digits (NIC). */
    public String nic() {
        return value.substring(9);
    }

    /** The usual written form: {@code 732 829 320 00074}. */
    public String formatted() {
        return value.substring(0, 3) + " " + value.substring(3, 6) + " " + value.substring(6, 9) + " "
                + value.substring(9);
    }

    @Override
    public String toString() {
        return value;
    }
}
