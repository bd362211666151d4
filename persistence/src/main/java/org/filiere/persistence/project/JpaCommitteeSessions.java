package org.filiere.persistence.project;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.filiere.persistence.Transactions;
import org.filiere.persistence.VersionedRows;
import org.filiere.project.CommitteeSession;
import org.filiere.project.CommitteeSessionId;
import org.filiere.project.CommitteeSessions;

/** Committee sessions in the library's database, through JPA. */
@ApplicationScoped
public class JpaCommitteeSessions implements CommitteeSessions {

    private final Transactions transactions;

    @Inject
    public JpaCommitteeSessions(Transactions transactions) {
        this.transactions = transactions;
    }

    /** For the CDI container's proxies. */
    protected JpaCommitteeSessions() {
        this(null);
    }

    @Override
    public void save(CommitteeSession session) {
        EntityManager em = em();
        CommitteeSessionEntity row = VersionedRows.rowToChange(em, transactions, CommitteeSessionEntity.class,
                session.id().toString(), "committee session of " + session.heldOn(),
                session.version(), r -> r.version).orElse(null);
        if (row == null) {
            row = new CommitteeSessionEntity();
            CommitteeSessionMapper.copy(session, row);
            em.persist(row);
            return;
        }
        CommitteeSessionMapper.copy(session, row);
    }

    @Override
    public Optional<CommitteeSession> find(CommitteeSessionId id) {
        return Optional.ofNullable(em().find(CommitteeSessionEntity.class, id.toString()))
                .map(CommitteeSessionMapper::toDomain);
    }

    @Override
    public List<CommitteeSession> all() {
        return em().createQuery("SELECT s FROM CommitteeSessionEntity s ORDER BY s.heldOn, s.id",
                CommitteeSessionEntity.class).getResultStream().map(CommitteeSessionMapper::toDomain).toList();
    }

    private EntityManager em() {
        return transactions.entityManager();
    }
}
