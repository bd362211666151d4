package org.filiere.persistence;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;

/** One transaction's entity manager and what must run after it commits. */
final class UnitOfWork {

    private final EntityManager entityManager;
    private final List<Runnable> afterCommit = new ArrayList<>();
    private boolean rollbackOnly;

    UnitOfWork(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    EntityManager entityManager() {
        return entityManager;
    }

    void afterCommit(Runnable action) {
        afterCommit.add(action);
    }

    List<Runnable> afterCommitActions() {
        return afterCommit;
    }

    void setRollbackOnly() {
        rollbackOnly = true;
    }

    boolean isRollbackOnly() {
        return rollbackOnly;
    }
}
