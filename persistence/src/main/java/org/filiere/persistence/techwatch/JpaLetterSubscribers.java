package org.filiere.persistence.techwatch;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.filiere.persistence.Transactions;
import org.filiere.persistence.VersionedRows;
import org.filiere.techwatch.LetterSubscriber;
import org.filiere.techwatch.LetterSubscriberId;
import org.filiere.techwatch.LetterSubscribers;

/** The technology letter's subscribers in the library's database: personal data, erased row by row on request. */
@ApplicationScoped
public class JpaLetterSubscribers implements LetterSubscribers {

    private final Transactions transactions;

    @Inject
    public JpaLetterSubscribers(Transactions transactions) {
        this.transactions = transactions;
    }

    /** For the CDI container's proxies. */
    protected JpaLetterSubscribers() {
        this(null);
    }

    @Override
    public void save(LetterSubscriber subscriber) {
        EntityManager em = em();
        LetterSubscriberEntity row = em.find(LetterSubscriberEntity.class, subscriber.id().toString());
        if (row == null) {
            row = new LetterSubscriberEntity();
            row.id = subscriber.id().toString();
            copy(subscriber, row);
            VersionedRows.insert(em, row, "the same address subscribed at the same moment");
            return;
        }
        VersionedRows.change(em, transactions, row, row.version, subscriber.version());
        copy(subscriber, row);
    }

    @Override
    public Optional<LetterSubscriber> find(LetterSubscriberId id) {
        return Optional.ofNullable(em().find(LetterSubscriberEntity.class, id.toString()))
                .map(JpaLetterSubscribers::toDomain);
    }

    @Override
    public Optional<LetterSubscriber> withEmail(String email) {
        return em().createQuery("SELECT s FROM LetterSubscriberEntity s WHERE s.email = :email",
                LetterSubscriberEntity.class).setParameter("email", email.strip().toLowerCase(Locale.ROOT))
                .getResultStream().findFirst().map(JpaLetterSubscribers::toDomain);
    }

    @Override
    public List<LetterSubscriber> subscribed() {
        return em().createQuery("SELECT s FROM LetterSubscriberEntity s WHERE s.withdrawnAt IS NULL ORDER BY s.email",
                LetterSubscriberEntity.class).getResultStream().map(JpaLetterSubscribers::toDomain).toList();
    }

    @Override
    public boolean erase(LetterSubscriberId id) {
        EntityManager em = em();
        LetterSubscriberEntity row = em.find(LetterSubscriberEntity.class, id.toString());
        if (row == null) {
            return false;
        }
        em.remove(row);
        em.flush();
        return true;
    }

    private static void copy(LetterSubscriber s, LetterSubscriberEntity row) {
        row.name = s.name().isEmpty() ? null : s.name();
        row.email = s.email();
        row.consentedAt = s.consentedAt();
        row.withdrawnAt = s.withdrawnAt().orElse(null);
    }

    private static LetterSubscriber toDomain(LetterSubscriberEntity e) {
        return new LetterSubscriber(LetterSubscriberId.parse(e.id), e.name, e.email, e.consentedAt,
                Optional.ofNullable(e.withdrawnAt), e.version);
    }

    private EntityManager em() {
        return transactions.entityManager();
    }
}
