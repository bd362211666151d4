package org.filiere.charter;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * The short code of a charter certificate, which a member quotes in its sales material and anyone can check
 * against the library: eight random characters and a check character in Crockford's base 32, written
 * {@code XXXX-XXXX-C}. Reading forgives case, dashes, spaces and the letters people confuse with digits
 * (I and L for 1, O for 0); the check character catches a mistyped or swapped character.
 *
 * @param value the nine characters, without dashes
 */
public record CertificateCode(String value) {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final String CHECK_ALPHABET = ALPHABET + "*~$=U";
    private static final int LENGTH = 8;

    public CertificateCode {
        if (value == null || value.length() != LENGTH + 1 || !validCheck(value)) {
            throw new CharterRefusedException("\"" + value + "\" is not a charter certificate code");
        }
    }

    /** A new random code. */
    public static CertificateCode generate(SecureRandom random) {
        StringBuilder s = new StringBuilder(LENGTH + 1);
        for (int i = 0; i < LENGTH; i++) {
            s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        s.append(check(s));
        return new CertificateCode(s.toString());
    }

    /**
     * Reads a code as someone typed it.
     *
     * @throws CharterRefusedException quoting the text when it is not a well-formed code
     */
    public static CertificateCode parse(String typed) {
        if (typed == null) {
            throw new CharterRefusedException("No certificate code was given");
        }
        StringBuilder s = new StringBuilder();
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            switch (c) {
                case '-', ' ' -> {
                }
                case 'O' -> s.append('0');
                case 'I', 'L' -> s.append('1');
                default -> s.append(c);
            }
        }
        if (s.length() != LENGTH + 1 || !validCheck(s.toString())) {
            throw new CharterRefusedException("\"" + typed + "\" is not a charter certificate code "
                    + "(a code looks like 7K3M-Q9XZ-4, and its last character checks the others)");
        }
        return new CertificateCode(s.toString());
    }

    private static boolean validCheck(String s) {
        for (int i = 0; i < LENGTH; i++) {
            if (ALPHABET.indexOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return check(s.subSequence(0, LENGTH)) == s.charAt(LENGTH);
    }

    private static char check(CharSequence body) {
        long n = 0;
        for (int i = 0; i < body.length(); i++) {
            n = n * 32 + ALPHABET.indexOf(body.charAt(i));
        }
        return CHECK_ALPHABET.charAt((int) (n % 37));
    }

    /** The written form, {@code XXXX-XXXX-C}. */
    public String formatted() {
        return value.substring(0, 4) + "-" + value.substring(4, 8) + "-" + value.charAt(8);
    }

    @Override
    public String toString() {
        return formatted();
    }
}
