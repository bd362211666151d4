package org.filiere.persistence.directory;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import org.filiere.kernel.StaleDataException;
import org.filiere.persistence.SqlStates;
import org.filiere.persistence.StoredRecord;
import org.filiere.persistence.Transactions;

/** How partner data rows are written: a new row checked at once against its source's unique ids. */
final class PartnerRows {

    private PartnerRows() {
    }

    static void insert(EntityManager em, StoredRecord row) {
        em.persist(row);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (SqlStates.isUniqueViolation(e)) {
                throw new StaleDataException(row.recordName(), "it was stored by someone else at the same moment");
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

    static String text(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
