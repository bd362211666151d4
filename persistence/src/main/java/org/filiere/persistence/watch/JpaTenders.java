package org.filiere.persistence.watch;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
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
import org.filiere.persistence.BatchInserts;
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
    private static final String INSERT = "INSERT INTO tender (id, source, reference, buyer_name, buyer_siret, title,"
            + " description, department, postcode, value_amount, value_currency, published_on, deadline, url,"
            + " received_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_CPV = "INSERT INTO tender_cpv (tender_id, cpv_code, item_order)"
            + " VALUES (?, ?, ?)";

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

    /**
     * Writes the new rows in one JDBC batch per table ({@link BatchInserts}), at the version JPA gives a new row.
     *
     * @throws StaleDataException when another import stored one of them meanwhile (nothing of the batch is kept)
     */
    @Override
    public void insertAll(List<Tender> newTenders) {
        List<TenderEntity> rows = new ArrayList<>(newTenders.size());
        List<TenderCpvEntity> codes = new ArrayList<>();
        for (Tender tender : newTenders) {
            if (tender.version() != 0) {
                throw new IllegalArgumentException("Tender " + tender.id() + " was stored before; save it instead");
            }
            TenderEntity row = new TenderEntity();
            row.id = UUID.randomUUID().toString();
            TenderMapper.copy(tender, row);
            rows.add(row);
            codes.addAll(row.cpvCodes);
        }
        try {
            BatchInserts.on(em()).insert(INSERT, rows, JpaTenders::bind).insert(INSERT_CPV, codes, (insert, code) -> {
                insert.setString(1, code.tenderId);
                insert.setString(2, code.code);
                insert.setInt(3, code.order);
            });
        } catch (SQLException e) {
            if (SqlStates.isUniqueViolation(e)) {
                throw new StaleDataException("tenders " + rows.stream().map(TenderEntity::recordName).limit(3)
                        .collect(Collectors.joining(", ")) + (rows.size() > 3 ? "…" : ""),
                        "another import received one of them at the same moment");
            }
            throw new PersistenceException("The " + rows.size() + " new tenders could not be written: "
                    + e.getMessage(), e);
        }
    }

    private static void bind(PreparedStatement insert, TenderEntity row) throws SQLException {
        insert.setString(1, row.id);
        insert.setString(2, row.source);
        insert.setString(3, row.reference);
        insert.setString(4, row.buyerName);
        insert.setString(5, row.buyerSiret);
        insert.setString(6, row.title);
        insert.setString(7, row.description);
        insert.setString(8, row.department);
        insert.setString(9, row.postcode);
        insert.setBigDecimal(10, row.valueAmount);
        insert.setString(11, row.valueCurrency);
        insert.setDate(12, row.publishedOn == null ? null : Date.valueOf(row.publishedOn));
        insert.setTimestamp(13, row.deadline == null ? null : Timestamp.from(row.deadline));
        insert.setString(14, row.url);
        insert.setTimestamp(15, Timestamp.from(row.receivedAt));
        insert.setTimestamp(16, Timestamp.from(row.updatedAt));
        insert.setLong(17, BatchInserts.FIRST_VERSION);
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
