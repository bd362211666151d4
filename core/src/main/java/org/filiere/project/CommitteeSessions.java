package org.filiere.project;

import java.util.List;
import java.util.Optional;

/** The labelling committee's sessions. */
public interface CommitteeSessions {

    /**
     * Stores a new session or the changes to one.
     *
     * @throws org.filiere.kernel.StaleDataException if the session was changed since it was read
     */
    void save(CommitteeSession session);

    Optional<CommitteeSession> find(CommitteeSessionId id);

    /** Every session, by date. */
    List<CommitteeSession> all();
}
