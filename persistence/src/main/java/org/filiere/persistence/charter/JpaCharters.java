package org.filiere.persistence.charter;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.filiere.charter.Charter;
import org.filiere.charter.CharterVersion;
import org.filiere.charter.Charters;
import org.filiere.kernel.StaleDataException;
import org.filiere.persistence.Transactions;

/** The charter's versions in the library's database. */
@ApplicationScoped
public class JpaCharters implements Charters {

    private final Transactions transactions;

    @Inject
    public JpaCharters(Transactions transactions) {
        this.transactions = transactions;
    }

    /** For the CDI container's proxies. */
    protected JpaCharters() {
        this(null);
    }

    @Override
    public Charter charter() {
        EntityManager em = transactions.entityManager();
        CharterEntity head = em.find(CharterEntity.class, CharterEntity.THE_CHARTER);
        var versions = em.createQuery("SELECT v FROM CharterVersionEntity v ORDER BY v.number",
                CharterVersionEntity.class).getResultStream()
                .map(v -> new CharterVersion(v.number, v.title, v.text, v.effectiveFrom, v.publishedAt, v.publishedBy))
                .toList();
        return new Charter(versions, head == null ? 0 : head.version);
    }

    @Override
    public void save(Charter charter) {
        EntityManager em = transactions.entityManager();
        CharterEntity head = em.find(CharterEntity.class, CharterEntity.THE_CHARTER);
        if (head == null) {
            head = new CharterEntity();
            em.persist(head);
        } else if (head.version != charter.storedVersion()) {
            throw new StaleDataException(head.recordName(),
                    "a version was published since it was read");
        } else {
            em.lock(head, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            transactions.changing(head);
        }
        Set<Integer> stored = em.createQuery("SELECT v.number FROM CharterVersionEntity v", Integer.class)
                .getResultStream().collect(Collectors.toSet());
        for (CharterVersion v : charter.versions()) {
            if (!stored.contains(v.number())) {
                CharterVersionEntity row = new CharterVersionEntity();
                row.number = v.number();
                row.title = v.title();
                row.text = v.text();
                row.effectiveFrom = v.effectiveFrom();
                row.publishedAt = v.publishedAt();
                row.publishedBy = v.publishedBy();
                em.persist(row);
            }
        }
    }
}
