package org.filiere.persistence;

import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;

import org.filiere.kernel.StaleDataException;

/**
 * How a repository saves an aggregate under optimistic locking, the same way for every aggregate: the aggregate
 * carries the version it was read at (0 when it is new); its stored row is found, and a row changed or deleted by
 * someone else since that read refuses the save, naming the record; a row changed gets a new version at commit even
 * when only its child rows changed; a new row is written at once, so that a clash on one of its unique keys is
 * refused here, in the words of the repository, rather than at commit.
 */
public final class VersionedRows {

    private VersionedRows() {
    }

    /**
     * The stored row an aggregate read at {@code readVersion} is saved into, ready to be changed: its version checked
     * against the one read, set to increase at commit, and the record named to the transaction for a lost lock found
     * only at commit. Empty for a new aggregate (read version 0) that has no row yet.
     *
     * @param recordName what the aggregate is, for the refusal when its row was deleted since it was read
     * @param version    the version a stored row is at
     * @throws StaleDataException when the row was changed since the read, or deleted since (read version not 0)
     */
    public static <R extends StoredRecord> Optional<R> rowToChange(EntityManager em, Transactions transactions,
            Class<R> type, Object key, String recordName, long readVersion, ToLongFunction<R> version) {
        R row = em.find(type, key);
        if (row == null) {
            if (readVersion != 0) {
                throw new StaleDataException(recordName, "it was deleted");
            }
            return Optional.empty();
        }
        change(em, transactions, row, version.applyAsLong(row), readVersion);
        return Optional.of(row);
    }

    /**
     * Prepares a stored row, found by the caller, for a change by the holder of {@code readVersion}: the check,
     * version increase and naming of {@link #rowToChange}.
     *
     * @throws StaleDataException when the row is at another version than the one read
     */
    public static void change(EntityManager em, Transactions transactions, StoredRecord row, long storedVersion,
            long readVersion) {
        if (storedVersion != readVersion) {
            throw new StaleDataException(row.recordName(),
                    "read at version " + readVersion + ", now at version " + storedVersion);
        }
        em.lock(row, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        transactions.changing(row);
    }

    /**
     * Writes a new row now; a row of the same unique key written by someone else at the same moment refuses it as
     * stale data, {@code clash} saying what happened.
     */
    public static void insert(EntityManager em, StoredRecord row, String clash) {
        insert(em, row, () -> new StaleDataException(row.recordName(), clash));
    }

    /** Writes a new row now; a clash on one of its unique keys is refused with the given exception. */
    public static void insert(EntityManager em, StoredRecord row, Supplier<? extends RuntimeException> clash) {
        em.persist(row);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (SqlStates.isUniqueViolation(e)) {
                throw clash.get();
            }
            throw e;
        }
    }
}
