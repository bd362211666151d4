package org.filiere.persistence;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;

/** One transaction's entity manager and what must run after it commits. */
final class UnitOfWork {

    private final EntityManager entityManager;
    private final List<Runnable> afterCommit = new ArrayList<>();
    private final Set<String> changed = new LinkedHashSet<>();
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

    void changed(String record) {
        changed.add(record);
    }

    /** What the unit changed, as staff would name it, for a stale-data message without a named row. */
    String changedRecords() {
        return changed.isEmpty() ? null : String.join(" or ", changed);
    }

    void setRollbackOnly() {
        rollbackOnly = true;
    }

    boolean isRollbackOnly() {
        return rollbackOnly;
    }
}
