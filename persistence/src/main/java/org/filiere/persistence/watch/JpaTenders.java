package org.filiere.persistence.watch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import org.filiere.kernel.StaleDataException;
import org.filiere.persistence.SqlStates;
import org.filiere.persistence.Transactions;
import org.filiere.persistence.VersionedRows;
import org.filiere.watch.Tender;
import org.filiere.watch.TenderId;
import org.filiere.watch.Tenders;

/** Calls for tender in the library's database, through JPA. */
@ApplicationScoped
public class JpaTenders implements Tenders {

    private static final int LOOKUP = 500;

    private final Transactions transactions;

    @Inject
    public JpaTenders(Transactions transactions) {
        this.transactions = transactions;
    }

    /** For the CDI container's proxies. */
    protected JpaTenders() {
        this(null);
    }

    @Override
    public Optional<Tender> find(TenderId id) {
        return row(id).map(TenderMapper::toDomain);
    }

    /**
     * Looks the tenders up a source at a time, {@value #LOOKUP} references a query, through the index that starts
     * with the reference (see changelog watch-003).
     */
    @Override
    public Map<TenderId, Tender> find(Collection<TenderId> ids) {
        Map<TenderId, Tender> found = new HashMap<>();
        Map<String, List<String>> bySource = ids.stream().collect(Collectors.groupingBy(TenderId::source,
                Collectors.mapping(TenderId::reference, Collectors.toList())));
        bySource.forEach((source, references) -> {
            for (int from = 0; from < references.size(); from += LOOKUP) {
                em().createQuery("SELECT t FROM TenderEntity t WHERE t.reference IN :references"
                        + " AND t.source = :source", TenderEntity.class).setParameter("source", source)
                        .setParameter("references", references.subList(from,
                                Math.min(references.size(), from + LOOKUP)))
                        .getResultList().forEach(row -> {
                            Tender tender = TenderMapper.toDomain(row);
                            found.put(tender.id(), tender);
                        });
            }
        });
        return found;
    }

    /** Writes the new rows together, in the JDBC batches the persistence unit sets. */
    @Override
    public void insertAll(List<Tender> newTenders) {
        EntityManager em = em();
        List<TenderEntity> rows = new ArrayList<>(newTenders.size());
        for (Tender tender : newTenders) {
            if (tender.version() != 0) {
                throw new IllegalArgumentException("Tender " + tender.id() + " was stored before; save it instead");
            }
            TenderEntity row = new TenderEntity();
            row.id = UUID.randomUUID().toString();
            TenderMapper.copy(tender, row);
            em.persist(row);
            rows.add(row);
        }
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (SqlStates.isUniqueViolation(e)) {
                throw new StaleDataException("tenders " + rows.stream().map(TenderEntity::recordName).limit(3)
                        .collect(Collectors.joining(", ")) + (rows.size() > 3 ? "…" : ""),
                        "another import received one of them at the same moment");
            }
            throw e;
        }
    }

    private Optional<TenderEntity> row(TenderId id) {
        return em().createQuery("SELECT t FROM TenderEntity t WHERE t.source = :source AND t.reference = :reference",
                TenderEntity.class).setParameter("source", id.source()).setParameter("reference", id.reference())
                .getResultStream().findFirst();
    }

    @Override
    public void save(Tender tender) {
        EntityManager em = em();
        Optional<TenderEntity> existing = row(tender.id());
        if (existing.isEmpty()) {
            if (tender.version() != 0) {
                throw new StaleDataException("tender " + tender.id(), "it was deleted");
            }
            TenderEntity row = new TenderEntity();
            row.id = UUID.randomUUID().toString();
            TenderMapper.copy(tender, row);
            VersionedRows.insert(em, row, () -> new StaleDataException("tender " + tender.id(),
                    "another import received it at the same moment"));
            return;
        }
        TenderEntity row = existing.get();
        VersionedRows.change(em, transactions, row, row.version, tender.version());
        TenderMapper.copy(tender, row);
    }

    @Override
    public List<Tender> receivedBetween(Instant from, Instant to) {
        return em().createQuery("SELECT t FROM TenderEntity t WHERE t.receivedAt >= :from AND t.receivedAt < :to"
                + " ORDER BY t.receivedAt, t.source, t.reference", TenderEntity.class)
                .setParameter("from", from).setParameter("to", to).getResultList().stream()
                .map(TenderMapper::toDomain).toList();
    }

    @Override
    public long count() {
        return em().createQuery("SELECT COUNT(t) FROM TenderEntity t", Long.class).getSingleResult();
    }

    private EntityManager em() {
        return transactions.entityManager();
    }
}
