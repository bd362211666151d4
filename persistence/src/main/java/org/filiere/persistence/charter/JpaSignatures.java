package org.filiere.persistence.charter;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.filiere.charter.CertificateCode;
import org.filiere.charter.Revocation;
import org.filiere.charter.Signature;
import org.filiere.charter.SignatureId;
import org.filiere.charter.Signatures;
import org.filiere.member.MemberId;
import org.filiere.persistence.Transactions;
import org.filiere.persistence.VersionedRows;

/** Charter signatures in the library's database. */
@ApplicationScoped
public class JpaSignatures implements Signatures {

    private final Transactions transactions;

    @Inject
    public JpaSignatures(Transactions transactions) {
        this.transactions = transactions;
    }

    /** For the CDI container's proxies. */
    protected JpaSignatures() {
        this(null);
    }

    @Override
    public void save(Signature s) {
        EntityManager em = em();
        SignatureEntity row = em.find(SignatureEntity.class, s.id().toString());
        if (row == null) {
            row = new SignatureEntity();
            row.id = s.id().toString();
            row.siren = s.memberId().value();
            row.charterVersion = s.charterVersion();
            row.signatory = s.signatory();
            row.signatoryRole = s.signatoryRole();
            row.signedAt = s.signedAt();
            row.certificateCode = s.certificate().value();
            copyRevocation(s, row);
            em.persist(row);
            return;
        }
        VersionedRows.change(em, transactions, row, row.version, s.version());
        copyRevocation(s, row);
    }

    private static void copyRevocation(Signature s, SignatureEntity row) {
        row.revokedAt = s.revocation().map(Revocation::at).orElse(null);
        row.revokedBy = s.revocation().map(Revocation::by).orElse(null);
        row.revocationReason = s.revocation().map(Revocation::reason).orElse(null);
    }

    @Override
    public Optional<Signature> find(SignatureId id) {
        return Optional.ofNullable(em().find(SignatureEntity.class, id.toString())).map(JpaSignatures::toDomain);
    }

    @Override
    public Optional<Signature> byCertificate(CertificateCode code) {
        return em().createQuery("SELECT s FROM SignatureEntity s WHERE s.certificateCode = :code", SignatureEntity.class)
                .setParameter("code", code.value()).getResultStream().findFirst().map(JpaSignatures::toDomain);
    }

    @Override
    public List<Signature> ofMember(MemberId memberId) {
        return em().createQuery("SELECT s FROM SignatureEntity s WHERE s.siren = :siren ORDER BY s.signedAt, s.id",
                SignatureEntity.class).setParameter("siren", memberId.value()).getResultStream()
                .map(JpaSignatures::toDomain).toList();
    }

    @Override
    public Set<MemberId> signatoriesOf(int charterVersion) {
        return em().createQuery("SELECT DISTINCT s.siren FROM SignatureEntity s"
                + " WHERE s.charterVersion = :v AND s.revokedAt IS NULL", String.class)
                .setParameter("v", charterVersion).getResultStream().map(MemberId::of).collect(Collectors.toSet());
    }

    private static Signature toDomain(SignatureEntity e) {
        Optional<Revocation> revocation = e.revokedAt == null ? Optional.empty()
                : Optional.of(new Revocation(e.revokedAt, e.revokedBy, e.revocationReason));
        return new Signature(new SignatureId(UUID.fromString(e.id)), MemberId.of(e.siren), e.charterVersion,
                e.signatory, e.signatoryRole, e.signedAt, new CertificateCode(e.certificateCode), revocation,
                e.version);
    }

    private EntityManager em() {
        return transactions.entityManager();
    }
}
