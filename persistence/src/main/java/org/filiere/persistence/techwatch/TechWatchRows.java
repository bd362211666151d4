package org.filiere.persistence.techwatch;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import org.filiere.kernel.StaleDataException;
import org.filiere.persistence.SqlStates;
import org.filiere.persistence.StoredRecord;
import org.filiere.persistence.Transactions;

/** How the technology watch's rows are written: new rows checked at once against their unique keys. */
final class TechWatchRows {

    private TechWatchRows() {
    }

    static void insert(EntityManager em, StoredRecord row, String clash) {
        em.persist(row);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (SqlStates.isUniqueViolation(e)) {
                throw new StaleDataException(row.recordName(), clash);
            }
            throw e;
        }
    }

    static void checkVersion(Transactions transactions, StoredRecord row, long stored, long read) {
        if (stored != read) {
            throw new StaleDataException(row.recordName(), "read at version " + read + ", now at version " + stored);
        }
        transactions.changing(row);
    }
}
