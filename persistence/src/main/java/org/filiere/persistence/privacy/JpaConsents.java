package org.filiere.persistence.privacy;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.filiere.access.ActorId;
import org.filiere.persistence.Transactions;
import org.filiere.privacy.ConsentChange;
import org.filiere.privacy.ConsentChangeId;
import org.filiere.privacy.ConsentMeans;
import org.filiere.privacy.ConsentPurpose;
import org.filiere.privacy.Consents;

/** The history of consents in the library's database. */
@ApplicationScoped
public class JpaConsents implements Consents {

    private final Transactions transactions;

    @Inject
    public JpaConsents(Transactions transactions) {
        this.transactions = transactions;
    }

    /** For the CDI container's proxies. */
    protected JpaConsents() {
        this(null);
    }

    @Override
    public void append(ConsentChange change) {
        ConsentChangeEntity row = new ConsentChangeEntity();
        row.id = change.id().toString();
        row.purpose = change.purpose().name();
        row.holder = change.holder();
        row.given = change.given();
        row.changedAt = change.at();
        row.actorId = change.by().map(ActorId::value).orElse(null);
        row.means = change.means().name();
        em().persist(row);
    }

    @Override
    public Optional<ConsentChange> latest(ConsentPurpose purpose, String holder) {
        return em().createQuery("SELECT c FROM ConsentChangeEntity c WHERE c.holder = :holder AND c.purpose = :purpose"
                + " ORDER BY c.changedAt DESC, c.given ASC", ConsentChangeEntity.class)
                .setParameter("holder", holder).setParameter("purpose", purpose.name()).setMaxResults(1)
                .getResultStream().findFirst().map(JpaConsents::toDomain);
    }

    @Override
    public List<ConsentChange> historyOf(String holder) {
        return em().createQuery("SELECT c FROM ConsentChangeEntity c WHERE c.holder = :holder"
                + " ORDER BY c.changedAt, c.purpose, c.id", ConsentChangeEntity.class)
                .setParameter("holder", holder).getResultStream().map(JpaConsents::toDomain).toList();
    }

    @Override
    public long count(ConsentPurpose purpose, boolean given) {
        return em().createQuery("SELECT COUNT(c) FROM ConsentChangeEntity c WHERE c.purpose = :purpose"
                + " AND c.given = :given", Long.class)
                .setParameter("purpose", purpose.name()).setParameter("given", given).getSingleResult();
    }

    @Override
    public int anonymise(String holder, String replacement) {
        return em().createQuery("UPDATE ConsentChangeEntity c SET c.holder = :replacement"
                + " WHERE c.holder = :holder").setParameter("replacement", replacement).setParameter("holder", holder)
                .executeUpdate();
    }

    private static ConsentChange toDomain(ConsentChangeEntity e) {
        return new ConsentChange(ConsentChangeId.of(e.id), ConsentPurpose.valueOf(e.purpose), e.holder, e.given,
                e.changedAt, Optional.ofNullable(e.actorId).map(ActorId::of), ConsentMeans.valueOf(e.means));
    }

    private EntityManager em() {
        return transactions.entityManager();
    }
}
