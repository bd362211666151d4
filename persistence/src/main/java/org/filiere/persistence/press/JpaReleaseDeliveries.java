package org.filiere.persistence.press;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.filiere.kernel.StaleDataException;
import org.filiere.persistence.Transactions;
import org.filiere.persistence.VersionedRows;
import org.filiere.press.JournalistId;
import org.filiere.press.PressReleaseId;
import org.filiere.press.ReleaseDeliveries;
import org.filiere.press.ReleaseDelivery;
import org.filiere.press.ReleaseDeliveryId;

/** The press releases' outbox in the library's database: one row per journalist, held while it is sent. */
@ApplicationScoped
public class JpaReleaseDeliveries implements ReleaseDeliveries {

    private final Transactions transactions;

    @Inject
    public JpaReleaseDeliveries(Transactions transactions) {
        this.transactions = transactions;
    }

    /** For the CDI container's proxies. */
    protected JpaReleaseDeliveries() {
        this(null);
    }

    @Override
    public void addAll(Collection<ReleaseDelivery> deliveries) {
        EntityManager em = em();
        for (ReleaseDelivery delivery : deliveries) {
            ReleaseDeliveryEntity row = new ReleaseDeliveryEntity();
            row.id = delivery.id().toString();
            row.releaseId = delivery.releaseId().toString();
            row.journalistId = delivery.journalistId().toString();
            row.createdAt = delivery.createdAt();
            copy(delivery, row);
            em.persist(row);
        }
    }

    @Override
    public void save(ReleaseDelivery delivery) {
        ReleaseDeliveryEntity row = em().find(ReleaseDeliveryEntity.class, delivery.id().toString());
        if (row == null) {
            throw new StaleDataException("press release delivery " + delivery.id(), "it was erased");
        }
        VersionedRows.change(em(), transactions, row, row.version, delivery.version());
        copy(delivery, row);
    }

    @Override
    public Optional<ReleaseDelivery> claim(ReleaseDeliveryId id) {
        return Optional.ofNullable(em().find(ReleaseDeliveryEntity.class, id.toString(), LockModeType.PESSIMISTIC_WRITE))
                .map(JpaReleaseDeliveries::toDomain);
    }

    @Override
    public List<ReleaseDelivery> pending(int limit) {
        return em().createQuery("SELECT d FROM ReleaseDeliveryEntity d WHERE d.status = :status"
                + " ORDER BY d.createdAt, d.id", ReleaseDeliveryEntity.class)
                .setParameter("status", ReleaseDelivery.Status.PENDING.name()).setMaxResults(limit).getResultStream()
                .map(JpaReleaseDeliveries::toDomain).toList();
    }

    @Override
    public List<ReleaseDelivery> of(PressReleaseId releaseId) {
        return em().createQuery("SELECT d FROM ReleaseDeliveryEntity d WHERE d.releaseId = :release"
                + " ORDER BY d.createdAt, d.id", ReleaseDeliveryEntity.class)
                .setParameter("release", releaseId.toString()).getResultStream()
                .map(JpaReleaseDeliveries::toDomain).toList();
    }

    @Override
    public int eraseOf(JournalistId journalistId) {
        return em().createQuery("DELETE FROM ReleaseDeliveryEntity d WHERE d.journalistId = :journalist")
                .setParameter("journalist", journalistId.toString()).executeUpdate();
    }

    private static void copy(ReleaseDelivery d, ReleaseDeliveryEntity row) {
        row.status = d.status().name();
        row.attempts = d.attempts();
        row.lastError = d.lastError().map(e -> e.length() > 2000 ? e.substring(0, 1999) + "…" : e).orElse(null);
        row.sentAt = d.sentAt().orElse(null);
    }

    private static ReleaseDelivery toDomain(ReleaseDeliveryEntity e) {
        return new ReleaseDelivery(ReleaseDeliveryId.parse(e.id), PressReleaseId.parse(e.releaseId),
                JournalistId.parse(e.journalistId), ReleaseDelivery.Status.valueOf(e.status), e.attempts,
                Optional.ofNullable(e.lastError), e.createdAt, Optional.ofNullable(e.sentAt), e.version);
    }

    private EntityManager em() {
        return transactions.entityManager();
    }
}
