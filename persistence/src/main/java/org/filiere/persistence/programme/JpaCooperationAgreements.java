package org.filiere.persistence.programme;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.filiere.persistence.Transactions;
import org.filiere.persistence.VersionedRows;
import org.filiere.programme.AgreementId;
import org.filiere.programme.AgreementStatus;
import org.filiere.programme.CooperationAgreement;
import org.filiere.programme.CooperationAgreements;
import org.filiere.programme.PartnerId;

/** Cooperation agreements in the library's database, through JPA. */
@ApplicationScoped
public class JpaCooperationAgreements implements CooperationAgreements {

    private final Transactions transactions;

    @Inject
    public JpaCooperationAgreements(Transactions transactions) {
        this.transactions = transactions;
    }

    /** For the CDI container's proxies. */
    protected JpaCooperationAgreements() {
        this(null);
    }

    @Override
    public void save(CooperationAgreement a) {
        EntityManager em = em();
        CooperationAgreementEntity row = VersionedRows.rowToChange(em, transactions, CooperationAgreementEntity.class,
                a.id().toString(), "cooperation agreement \"" + a.subject() + "\"",
                a.version(), r -> r.version).orElse(null);
        if (row == null) {
            row = new CooperationAgreementEntity();
            row.id = a.id().toString();
            copy(a, row);
            em.persist(row);
            return;
        }
        copy(a, row);
    }

    private static void copy(CooperationAgreement a, CooperationAgreementEntity row) {
        row.partnerId = a.partnerId().toString();
        row.subject = a.subject();
        row.startsOn = a.startsOn();
        row.endsOn = a.endsOn().orElse(null);
        row.status = a.status().name();
        row.signedOn = a.signedOn().orElse(null);
        row.terminatedOn = a.terminatedOn().orElse(null);
        row.terminationReason = a.terminationReason();
    }

    @Override
    public Optional<CooperationAgreement> find(AgreementId id) {
        return Optional.ofNullable(em().find(CooperationAgreementEntity.class, id.toString()))
                .map(JpaCooperationAgreements::toDomain);
    }

    @Override
    public List<CooperationAgreement> ofPartner(PartnerId partnerId) {
        return em().createQuery("SELECT a FROM CooperationAgreementEntity a WHERE a.partnerId = :partner"
                + " ORDER BY a.startsOn, a.id", CooperationAgreementEntity.class)
                .setParameter("partner", partnerId.toString()).getResultStream()
                .map(JpaCooperationAgreements::toDomain).toList();
    }

    @Override
    public List<CooperationAgreement> all() {
        return em().createQuery("SELECT a FROM CooperationAgreementEntity a ORDER BY a.startsOn, a.id",
                CooperationAgreementEntity.class).getResultStream().map(JpaCooperationAgreements::toDomain).toList();
    }

    private static CooperationAgreement toDomain(CooperationAgreementEntity e) {
        return new CooperationAgreement(AgreementId.of(e.id), PartnerId.of(e.partnerId), e.subject, e.startsOn,
                Optional.ofNullable(e.endsOn), AgreementStatus.valueOf(e.status), Optional.ofNullable(e.signedOn),
                Optional.ofNullable(e.terminatedOn), e.terminationReason, e.version);
    }

    private EntityManager em() {
        return transactions.entityManager();
    }
}
