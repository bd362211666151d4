package org.filiere.persistence.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Synchronization;

import org.filiere.access.ActorId;
import org.filiere.audit.AuditEntry;
import org.filiere.audit.AuditQuery;
import org.filiere.audit.AuditTrail;
import org.filiere.persistence.Transactions;

/**
 * The audit trail in the library's database. Rows are inserted in the transaction of the change they record; no
 * method updates one, and the only delete is the retention's purge of the oldest. A resource-local transaction
 * gathers its entries and writes them in one JDBC batch just before it commits (or before the trail is read in it),
 * so that a transaction publishing many events, a catalogue chunk, writes its trail at the pace of the database; under
 * JTA each entry is stored as it comes.
 */
@ApplicationScoped
public class JpaAuditTrail implements AuditTrail {

    private static final String INSERT = "INSERT INTO audit_entry (id, occurred_at, actor_id, actor_roles, event_type,"
            + " aggregate_id, summary) VALUES (?, ?, ?, ?, ?, ?, ?)";

    private final Transactions transactions;
    private final Map<EntityManager, List<AuditEntry>> pending = new ConcurrentHashMap<>();

    @Inject
    public JpaAuditTrail(Transactions transactions) {
        this.transactions = transactions;
    }

    /** For the CDI container's proxies. */
    protected JpaAuditTrail() {
        this(null);
    }

    @Override
    public void append(AuditEntry entry) {
        EntityManager em = em();
        List<AuditEntry> entries = pending.get(em);
        if (entries == null) {
            if (!transactions.beforeCommit(new PendingEntries(em))) {
                em.persist(rowOf(entry));
                return;
            }
            entries = new ArrayList<>();
            pending.put(em, entries);
        }
        entries.add(entry);
    }

    @Override
    public List<AuditEntry> find(AuditQuery query) {
        writePending(em());
        StringBuilder jpql = new StringBuilder("SELECT a FROM AuditEntryEntity a WHERE 1 = 1");
        query.aggregateId().ifPresent(x -> jpql.append(" AND a.aggregateId = :aggregate"));
        query.actor().ifPresent(x -> jpql.append(" AND a.actorId = :actor"));
        query.from().ifPresent(x -> jpql.append(" AND a.occurredAt >= :from"));
        query.before().ifPresent(x -> jpql.append(" AND a.occurredAt < :before"));
        jpql.append(" ORDER BY a.occurredAt DESC, a.id DESC");
        TypedQuery<AuditEntryEntity> q = em().createQuery(jpql.toString(), AuditEntryEntity.class);
        query.aggregateId().ifPresent(x -> q.setParameter("aggregate", x));
        query.actor().ifPresent(x -> q.setParameter("actor", x.value()));
        query.from().ifPresent(x -> q.setParameter("from", x));
        query.before().ifPresent(x -> q.setParameter("before", x));
        return q.setMaxResults(query.limit()).getResultStream().map(JpaAuditTrail::toDomain).toList();
    }

    @Override
    public int purgeOccurredBefore(Instant instant) {
        writePending(em());
        return em().createQuery("DELETE FROM AuditEntryEntity a WHERE a.occurredAt < :before")
                .setParameter("before", instant).executeUpdate();
    }

    /**
     * Writes the entries the transaction of this entity manager gathered, in one batch, in the order of the trail's
     * key (time, then id).
     */
    private void writePending(EntityManager em) {
        List<AuditEntry> entries = pending.remove(em);
        if (entries == null || entries.isEmpty()) {
            return;
        }
        entries.sort(Comparator.comparing(AuditEntry::occurredAt).thenComparing(AuditEntry::id));
        try (PreparedStatement insert = em.unwrap(Connection.class).prepareStatement(INSERT)) {
            for (AuditEntry entry : entries) {
                AuditEntryEntity row = rowOf(entry);
                insert.setString(1, row.id);
                insert.setTimestamp(2, Timestamp.from(row.occurredAt));
                insert.setString(3, row.actorId);
                insert.setString(4, row.actorRoles);
                insert.setString(5, row.eventType);
                insert.setString(6, row.aggregateId);
                insert.setString(7, row.summary);
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new PersistenceException("The audit trail could not record " + entries.size() + " events: "
                    + e.getMessage(), e);
        }
    }

    private static AuditEntryEntity rowOf(AuditEntry entry) {
        AuditEntryEntity row = new AuditEntryEntity();
        row.id = entry.id().toString();
        row.occurredAt = entry.occurredAt();
        row.actorId = entry.actor().map(ActorId::value).orElse(null);
        row.actorRoles = entry.roles();
        row.eventType = clip(entry.eventType());
        row.aggregateId = clip(entry.aggregateId());
        row.summary = entry.summary();
        return row;
    }

    private static AuditEntry toDomain(AuditEntryEntity row) {
        return new AuditEntry(UUID.fromString(row.id), row.occurredAt, Optional.ofNullable(row.actorId)
                .map(ActorId::of), row.actorRoles, row.eventType, row.aggregateId, row.summary);
    }

    private static String clip(String text) {
        return text.length() > 100 ? text.substring(0, 100) : text;
    }

    private EntityManager em() {
        return transactions.entityManager();
    }

    /** The entries of one transaction, written before it commits and forgotten however it ends. */
    private final class PendingEntries implements Synchronization {

        private final EntityManager em;

        PendingEntries(EntityManager em) {
            this.em = em;
        }

        @Override
        public void beforeCompletion() {
            writePending(em);
        }

        @Override
        public void afterCompletion(int status) {
            pending.remove(em);
        }
    }
}
