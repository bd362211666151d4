package org.filiere.persistence.press;

import org.filiere.kernel.StaleDataException;
import org.filiere.persistence.StoredRecord;
import org.filiere.persistence.Transactions;

/** How press rows are changed: only from the version they were read at. */
final class PressRows {

    private PressRows() {
    }

    static void checkVersion(Transactions transactions, StoredRecord row, long stored, long read) {
        if (stored != read) {
            throw new StaleDataException(row.recordName(), "read at version " + read + ", now at version " + stored);
        }
        transactions.changing(row);
    }
}
