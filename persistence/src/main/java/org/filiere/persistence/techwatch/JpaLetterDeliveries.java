package org.filiere.persistence.techwatch;

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
import org.filiere.techwatch.LetterDeliveries;
import org.filiere.techwatch.LetterDelivery;
import org.filiere.techwatch.LetterDeliveryId;
import org.filiere.techwatch.LetterSubscriberId;
import org.filiere.techwatch.TechLetterId;

/** The letter's outbox in the library's database: one row per subscriber, held while it is sent. */
@ApplicationScoped
public class JpaLetterDeliveries implements LetterDeliveries {

    private final Transactions transactions;

    @Inject
    public JpaLetterDeliveries(Transactions transactions) {
        this.transactions = transactions;
    }

    /** For the CDI container's proxies. */
    protected JpaLetterDeliveries() {
        this(null);
    }

    @Override
    public void addAll(Collection<LetterDelivery> deliveries) {
        EntityManager em = em();
        for (LetterDelivery delivery : deliveries) {
            LetterDeliveryEntity row = new LetterDeliveryEntity();
            row.id = delivery.id().toString();
            row.letterId = delivery.letterId().toString();
            row.subscriberId = delivery.subscriberId().toString();
            row.createdAt = delivery.createdAt();
            copy(delivery, row);
            em.persist(row);
        }
    }

    @Override
    public void save(LetterDelivery delivery) {
        LetterDeliveryEntity row = em().find(LetterDeliveryEntity.class, delivery.id().toString());
        if (row == null) {
            throw new StaleDataException("letter delivery " + delivery.id(), "it was erased");
        }
        VersionedRows.change(em(), transactions, row, row.version, delivery.version());
        copy(delivery, row);
    }

    @Override
    public Optional<LetterDelivery> claim(LetterDeliveryId id) {
        return Optional.ofNullable(em().find(LetterDeliveryEntity.class, id.toString(), LockModeType.PESSIMISTIC_WRITE))
                .map(JpaLetterDeliveries::toDomain);
    }

    @Override
    public List<LetterDelivery> pending(int limit) {
        return em().createQuery("SELECT d FROM LetterDeliveryEntity d WHERE d.status = :status"
                + " ORDER BY d.createdAt, d.id", LetterDeliveryEntity.class)
                .setParameter("status", LetterDelivery.Status.PENDING.name()).setMaxResults(limit).getResultStream()
                .map(JpaLetterDeliveries::toDomain).toList();
    }

    @Override
    public List<LetterDelivery> of(TechLetterId letterId) {
        return em().createQuery("SELECT d FROM LetterDeliveryEntity d WHERE d.letterId = :letter"
                + " ORDER BY d.createdAt, d.id", LetterDeliveryEntity.class).setParameter("letter", letterId.toString())
                .getResultStream().map(JpaLetterDeliveries::toDomain).toList();
    }

    @Override
    public int eraseOf(LetterSubscriberId subscriberId) {
        return em().createQuery("DELETE FROM LetterDeliveryEntity d WHERE d.subscriberId = :subscriber")
                .setParameter("subscriber", subscriberId.toString()).executeUpdate();
    }

    private static void copy(LetterDelivery d, LetterDeliveryEntity row) {
        row.status = d.status().name();
        row.attempts = d.attempts();
        row.lastError = d.lastError().map(e -> e.length() > 2000 ? e.substring(0, 1999) + "…" : e).orElse(null);
        row.sentAt = d.sentAt().orElse(null);
    }

    private static LetterDelivery toDomain(LetterDeliveryEntity e) {
        return new LetterDelivery(LetterDeliveryId.parse(e.id), TechLetterId.parse(e.letterId),
                LetterSubscriberId.parse(e.subscriberId), LetterDelivery.Status.valueOf(e.status), e.attempts,
                Optional.ofNullable(e.lastError), e.createdAt, Optional.ofNullable(e.sentAt), e.version);
    }

    private EntityManager em() {
        return transactions.entityManager();
    }
}
