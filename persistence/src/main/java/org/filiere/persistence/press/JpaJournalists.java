package org.filiere.persistence.press;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.filiere.persistence.Transactions;
import org.filiere.persistence.VersionedRows;
import org.filiere.press.Journalist;
import org.filiere.press.JournalistId;
import org.filiere.press.Journalists;
import org.filiere.press.MediaOutletId;

/** Journalists in the library's database: personal data, erased row by row on request. */
@ApplicationScoped
public class JpaJournalists implements Journalists {

    private final Transactions transactions;

    @Inject
    public JpaJournalists(Transactions transactions) {
        this.transactions = transactions;
    }

    /** For the CDI container's proxies. */
    protected JpaJournalists() {
        this(null);
    }

    @Override
    public void save(Journalist journalist) {
        EntityManager em = em();
        JournalistEntity row = em.find(JournalistEntity.class, journalist.id().toString());
        if (row == null) {
            row = new JournalistEntity();
            row.id = journalist.id().toString();
            copy(journalist, row);
            em.persist(row);
            return;
        }
        VersionedRows.change(em, transactions, row, row.version, journalist.version());
        copy(journalist, row);
    }

    @Override
    public Optional<Journalist> find(JournalistId id) {
        return Optional.ofNullable(em().find(JournalistEntity.class, id.toString())).map(JpaJournalists::toDomain);
    }

    @Override
    public List<Journalist> of(MediaOutletId outletId) {
        return em().createQuery("SELECT j FROM JournalistEntity j WHERE j.outletId = :outlet ORDER BY j.name, j.id",
                JournalistEntity.class).setParameter("outlet", outletId.toString()).getResultStream()
                .map(JpaJournalists::toDomain).toList();
    }

    @Override
    public List<Journalist> withEmail(String email) {
        return em().createQuery("SELECT j FROM JournalistEntity j WHERE j.email = :email ORDER BY j.name, j.id",
                JournalistEntity.class).setParameter("email", email.strip().toLowerCase(Locale.ROOT))
                .getResultStream().map(JpaJournalists::toDomain).toList();
    }

    @Override
    public boolean erase(JournalistId id) {
        EntityManager em = em();
        JournalistEntity row = em.find(JournalistEntity.class, id.toString());
        if (row == null) {
            return false;
        }
        em.flush();
        em.remove(row);
        em.flush();
        return true;
    }

    private static void copy(Journalist j, JournalistEntity row) {
        row.outletId = j.outletId().toString();
        row.name = j.name();
        row.email = j.email();
        row.phone = j.phone().isEmpty() ? null : j.phone();
        row.beat = j.beat().isEmpty() ? null : j.beat();
    }

    private static Journalist toDomain(JournalistEntity e) {
        return new Journalist(JournalistId.parse(e.id), MediaOutletId.parse(e.outletId), e.name, e.email, e.phone,
                e.beat, e.version);
    }

    private EntityManager em() {
        return transactions.entityManager();
    }
}
