package org.filiere.charter;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.filiere.member.MemberId;

/**
 * A member's signature of one charter version, given by a named signatory, with the certificate code the member
 * may quote. A signature can be revoked; it then no longer certifies anything.
 */
public final class Signature {

    private final SignatureId id;
    private final MemberId memberId;
    private final int charterVersion;
    private final String signatory;
    private final String signatoryRole;
    private final Instant signedAt;
    private final CertificateCode certificate;
    private Revocation revocation;
    private final long version;

    /** Rebuilds a signature from stored state; new signatures come from {@link #sign}. */
    public Signature(SignatureId id, MemberId memberId, int charterVersion, String signatory, String signatoryRole,
            Instant signedAt, CertificateCode certificate, Optional<Revocation> revocation, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.memberId = Objects.requireNonNull(memberId, "memberId");
        this.charterVersion = charterVersion;
        if (signatory == null || signatory.isBlank()) {
            throw new CharterRefusedException("A charter signature needs the name of the person who signs");
        }
        this.signatory = signatory.strip();
        this.signatoryRole = signatoryRole == null ? "" : signatoryRole.strip();
        this.signedAt = Objects.requireNonNull(signedAt, "signedAt");
        this.certificate = Objects.requireNonNull(certificate, "certificate");
        this.revocation = revocation.orElse(null);
        this.version = version;
    }

    /**
     * A signature of a charter version and the event that records it.
     *
     * @param signature the new signature
     * @param event     what happened
     */
    public record Signed(Signature signature, CharterSigned event) {
    }

    static Signed sign(MemberId memberId, CharterVersion charterVersion, String signatory, String signatoryRole,
            CertificateCode certificate, Clock clock) {
        Signature s = new Signature(SignatureId.random(), memberId, charterVersion.number(), signatory, signatoryRole,
                clock.instant(), certificate, Optional.empty(), 0);
        return new Signed(s, new CharterSigned(UUID.randomUUID(), s.signedAt, memberId, charterVersion.number(),
                s.signatory, s.id));
    }

    /** Withdraws the signature. */
    public CharterSignatureRevoked revoke(String by, String reason, Clock clock) {
        if (revocation != null) {
            throw new CharterRefusedException("The signature of member " + memberId + " on charter version "
                    + charterVersion + " was already revoked on " + revocation.at());
        }
        revocation = new Revocation(clock.instant(), by, reason == null ? "" : reason.strip());
        return new CharterSignatureRevoked(UUID.randomUUID(), revocation.at(), memberId, charterVersion, id,
                revocation.reason());
    }

    public boolean isRevoked() {
        return revocation != null;
    }

    public SignatureId id() {
        return id;
    }

    public MemberId memberId() {
        return memberId;
    }

    public int charterVersion() {
        return charterVersion;
    }

    public String signatory() {
        return signatory;
    }

    public String signatoryRole() {
        return signatoryRole;
    }

    public Instant signedAt() {
        return signedAt;
    }

    public CertificateCode certificate() {
        return certificate;
    }

    public Optional<Revocation> revocation() {
        return Optional.ofNullable(revocation);
    }

    public long version() {
        return version;
    }
}
