package org.filiere.persistence.directory;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.filiere.directory.DirectoryConsent;
import org.filiere.directory.DirectoryConsents;
import org.filiere.member.MemberId;
import org.filiere.persistence.Transactions;
import org.filiere.persistence.VersionedRows;

/** Members' directory consents in the library's database. */
@ApplicationScoped
public class JpaDirectoryConsents implements DirectoryConsents {

    private final Transactions transactions;

    @Inject
    public JpaDirectoryConsents(Transactions transactions) {
        this.transactions = transactions;
    }

    /** For the CDI container's proxies. */
    protected JpaDirectoryConsents() {
        this(null);
    }

    @Override
    public void save(DirectoryConsent consent) {
        EntityManager em = em();
        DirectoryConsentEntity row = VersionedRows.rowToChange(em, transactions, DirectoryConsentEntity.class,
                consent.memberId().value(), "directory consent of member " + consent.memberId(), consent.version(),
                r -> r.version).orElse(null);
        if (row == null) {
            row = new DirectoryConsentEntity();
            row.siren = consent.memberId().value();
            copy(consent, row);
            em.persist(row);
            return;
        }
        copy(consent, row);
    }

    @Override
    public Optional<DirectoryConsent> find(MemberId memberId) {
        return Optional.ofNullable(em().find(DirectoryConsentEntity.class, memberId.value()))
                .map(JpaDirectoryConsents::toDomain);
    }

    @Override
    public List<DirectoryConsent> listed() {
        return em().createQuery("SELECT c FROM DirectoryConsentEntity c WHERE c.withdrawnAt IS NULL ORDER BY c.siren",
                DirectoryConsentEntity.class).getResultStream().map(JpaDirectoryConsents::toDomain).toList();
    }

    private static void copy(DirectoryConsent c, DirectoryConsentEntity row) {
        row.offer = c.offer();
        row.consentedAt = c.consentedAt();
        row.recordedBy = c.recordedBy();
        row.withdrawnAt = c.withdrawnAt().orElse(null);
    }

    private static DirectoryConsent toDomain(DirectoryConsentEntity e) {
        return new DirectoryConsent(MemberId.of(e.siren), e.offer, e.consentedAt, e.recordedBy,
                Optional.ofNullable(e.withdrawnAt), e.version);
    }

    private EntityManager em() {
        return transactions.entityManager();
    }
}
