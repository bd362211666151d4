package org.filiere.persistence.project;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.filiere.kernel.StaleDataException;
import org.filiere.persistence.Transactions;
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
        CommitteeSessionEntity row = em.find(CommitteeSessionEntity.class, session.id().toString());
        if (row == null) {
            if (session.version() != 0) {
                throw new StaleDataException("committee session of " + session.heldOn(), "it was deleted");
            }
            row = new CommitteeSessionEntity();
            CommitteeSessionMapper.copy(session, row);
            em.persist(row);
            return;
        }
        if (row.version != session.version()) {
            throw new StaleDataException(row.recordName(),
                    "read at version " + session.version() + ", now at version " + row.version);
        }
        CommitteeSessionMapper.copy(session, row);
        em.lock(row, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        transactions.changing(row);
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
