package org.filiere.persistence.audit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.filiere.access.ActorId;
import org.filiere.audit.AuditEntry;
import org.filiere.audit.AuditQuery;
import org.filiere.audit.AuditTrail;
import org.filiere.persistence.Transactions;

/**
 * The audit trail in the library's database. Rows are inserted in the transaction of the change they record; no
 * method updates one, and the only delete is the retention's purge of the oldest.
 */
@ApplicationScoped
public class JpaAuditTrail implements AuditTrail {

    private final Transactions transactions;

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
        AuditEntryEntity row = new AuditEntryEntity();
        row.id = entry.id().toString();
        row.occurredAt = entry.occurredAt();
        row.actorId = entry.actor().map(ActorId::value).orElse(null);
        row.actorRoles = entry.roles();
        row.eventType = clip(entry.eventType());
        row.aggregateId = clip(entry.aggregateId());
        row.summary = entry.summary();
        em().persist(row);
    }

    @Override
    public List<AuditEntry> find(AuditQuery query) {
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
        return em().createQuery("DELETE FROM AuditEntryEntity a WHERE a.occurredAt < :before")
                .setParameter("before", instant).executeUpdate();
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
}
