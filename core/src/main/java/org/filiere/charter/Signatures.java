package org.filiere.charter;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.filiere.member.MemberId;

/** Charter signatures. */
public interface Signatures {

    /**
     * Stores a new signature or its revocation.
     *
     * @throws org.filiere.kernel.StaleDataException if the signature was changed since it was read
     */
    void save(Signature signature);

    Optional<Signature> find(SignatureId id);

    Optional<Signature> byCertificate(CertificateCode code);

    /** A member's signatures, oldest first. */
    List<Signature> ofMember(MemberId memberId);

    /** The members holding a valid (not revoked) signature of a charter version. */
    Set<MemberId> signatoriesOf(int charterVersion);
}
