package org.filiere.charter;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.filiere.member.Member;

/**
 * The rule for signing the charter: the current version is signed, by a company that is a member this year and
 * has no valid signature of that version yet. A signature of an earlier version does not count once a new
 * version comes into force: the member signs again.
 */
public final class SigningPolicy {

    private SigningPolicy() {
    }

    /**
     * Signs the charter version current today for a member, or refuses saying why.
     *
     * @param existing the member's signatures so far
     */
    public static Signature.Signed sign(Charter charter, Member member, List<Signature> existing, String signatory,
            String signatoryRole, CertificateCode certificate, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        CharterVersion current = charter.currentOn(today).orElseThrow(() -> new CharterRefusedException(
                "No charter version is in force on " + today + "; there is nothing to sign yet"));
        if (!member.isMemberIn(today.getYear())) {
            throw new CharterRefusedException("Member " + member.id() + " (" + member.name()
                    + ") cannot sign the charter: it is not a member in " + today.getYear()
                    + member.statusIn(today.getYear()).map(s -> " (" + s + ")").orElse(""));
        }
        if (hasValidSignature(existing, current.number())) {
            throw new CharterRefusedException("Member " + member.id() + " (" + member.name()
                    + ") has already signed charter version " + current.number());
        }
        return Signature.sign(member.id(), current, signatory, signatoryRole, certificate, clock);
    }

    /** Whether the signatures hold a valid (not revoked) one of the given charter version. */
    public static boolean hasValidSignature(List<Signature> signatures, int charterVersion) {
        return signatures.stream().anyMatch(s -> s.charterVersion() == charterVersion && !s.isRevoked());
    }
}
