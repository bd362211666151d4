package org.filiere.privacy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * How records that must not hold personal data (the audit trail) refer to a person found by e-mail: the first 32 hex
 * digits of the SHA-256 of the address in lower case. The same address always gives the same reference, so a data
 * protection officer who is given an address can find what was done about it; the reference alone does not say whose
 * it is.
 */
public final class PersonReference {

    private PersonReference() {
    }

    /** The reference of the person with this e-mail address, as {@code person:<hex>}. */
    public static String of(String email) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(email.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return "person:" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
