package org.filiere.persistence;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;

/** One transaction's entity manager and the synchronizations told when it completes. */
final class UnitOfWork {

    private final EntityManager entityManager;
    private final List<Synchronization> synchronizations = new ArrayList<>();
    private final Set<String> changed = new LinkedHashSet<>();

    UnitOfWork(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    EntityManager entityManager() {
        return entityManager;
    }

    void register(Synchronization synchronization) {
        synchronizations.add(synchronization);
    }

    /** Tells the synchronizations the unit is about to commit; they may register more. */
    void beforeCompletion() {
        for (int i = 0; i < synchronizations.size(); i++) {
            synchronizations.get(i).beforeCompletion();
        }
    }

    /** Tells the synchronizations how the unit ended; one failing does not keep the others from being told. */
    void afterCompletion(boolean committed) {
        int status = committed ? Status.STATUS_COMMITTED : Status.STATUS_ROLLEDBACK;
        RuntimeException first = null;
        for (Synchronization s : List.copyOf(synchronizations)) {
            try {
                s.afterCompletion(status);
            } catch (RuntimeException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    void changed(String record) {
        changed.add(record);
    }

    /** What the unit changed, as staff would name it, for a stale-data message without a named row. */
    String changedRecords() {
        return changed.isEmpty() ? null : String.join(" or ", changed);
    }
}
