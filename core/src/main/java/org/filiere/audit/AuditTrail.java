package org.filiere.audit;

import java.time.Instant;
import java.util.List;

/**
 * The append-only audit trail, wherever it is stored. Nothing updates an entry; entries only leave when the retention
 * of the trail is over.
 */
public interface AuditTrail {

    /** Adds an entry, in the current transaction: if the change it records rolls back, so does the entry. */
    void append(AuditEntry entry);

    /** The entries the query asks for, newest first. */
    List<AuditEntry> find(AuditQuery query);

    /**
     * Removes the entries that occurred before the instant: the only removal there is, applied by the retention job.
     *
     * @return how many entries were removed
     */
    int purgeOccurredBefore(Instant instant);
}
