package org.filiere.member;

/** The arithmetic shared by SIREN and SIRET: normalising the written form and the Luhn check. */
final class CompanyNumbers {

    private CompanyNumbers() {
    }

    /** Removes the spaces (normal and non-breaking) and dots people write in company numbers. */
    static String normalise(String kind, String raw, int length) {
        if (raw == null) {
            throw new InvalidIdentifierException(kind, "", "it is missing");
        }
        StringBuilder digits = new StringBuilder(length);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (!isSeparator(c)) {
                throw new InvalidIdentifierException(kind, raw,
                        "it contains '" + c + "'; only digits, spaces and dots are allowed");
            }
        }
        if (digits.length() == 0) {
            throw new InvalidIdentifierException(kind, raw, "it is empty");
        }
        if (digits.length() != length) {
            throw new InvalidIdentifierException(kind, raw,
                    "it has " + digits.length() + " digits, a " + kind + " has " + length);
        }
        return digits.toString();
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '.' || c == '\u00a0' || c == '\u202f' || c == '\t';
    }

    /** The Luhn check (ISO/IEC 7812) used by INSEE for SIREN and SIRET. */
    static boolean passesLuhn(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubled) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }

    static int digitSum(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += digits.charAt(i) - '0';
        }
        return sum;
    }
}
