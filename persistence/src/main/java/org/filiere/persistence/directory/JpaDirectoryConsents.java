package org.filiere.persistence.directory;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.filiere.directory.DirectoryConsent;
import org.filiere.directory.DirectoryConsents;
import org.filiere.kernel.StaleDataException;
import org.filiere.member.MemberId;
import org.filiere.persistence.Transactions;

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
        DirectoryConsentEntity row = em.find(DirectoryConsentEntity.class, consent.memberId().value());
        if (row == null) {
            if (consent.version() != 0) {
                throw new StaleDataException("directory consent of member " + consent.memberId(), "it was deleted");
            }
            row = new DirectoryConsentEntity();
            row.siren = consent.memberId().value();
            copy(consent, row);
            em.persist(row);
            return;
        }
        if (row.version != consent.version()) {
            throw new StaleDataException(row.recordName(),
                    "read at version " + consent.version() + ", now at version " + row.version);
        }
        copy(consent, row);
        transactions.changing(row);
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
