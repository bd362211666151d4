package org.filiere.charter.application;

import java.time.Instant;
import java.util.Optional;

/**
 * What checking a charter certificate code tells: whether it stands, and for whom.
 *
 * @param code           the code as checked
 * @param outcome        whether the certificate is valid
 * @param memberName     the certified member's name, when the code is known
 * @param siren          its SIREN, when the code is known
 * @param charterVersion the version signed, when the code is known
 * @param signatory      who signed, when the code is known
 * @param signedAt       when, when the code is known
 */
public record CertificateVerification(String code, Outcome outcome, Optional<String> memberName,
        Optional<String> siren, Optional<Integer> charterVersion, Optional<String> signatory,
        Optional<Instant> signedAt) {

    /** What a certificate is worth today. */
    public enum Outcome {
        /** The member signed the charter version in force and has not withdrawn. */
        VALID("valid: the member has signed the charter in force"),
        /** The member signed an earlier version and has not signed the one now in force. */
        SUPERSEDED("no longer valid: a newer charter version is in force and the member has not signed it"),
        /** The signature was withdrawn. */
        REVOKED("no longer valid: the signature was revoked"),
        /** No signature has this code. */
        UNKNOWN("unknown: no charter signature has this code");

        private final String meaning;

        Outcome(String meaning) {
            this.meaning = meaning;
        }

        public String meaning() {
            return meaning;
        }
    }

    static CertificateVerification unknown(String code) {
        return new CertificateVerification(code, Outcome.UNKNOWN, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    public boolean isValid() {
        return outcome == Outcome.VALID;
    }
}
