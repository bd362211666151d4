package org.filiere.project;

import java.util.List;
import java.util.Optional;

/** The people on the labelling committee. */
public interface CommitteeMembers {

    /**
     * Stores a new committee member or the changes to one.
     *
     * @throws org.filiere.kernel.StaleDataException if the committee member was changed since it was read
     */
    void save(CommitteeMember member);

    Optional<CommitteeMember> find(CommitteeMemberId id);

    /** Everyone who sits or sat on the committee, by name. */
    List<CommitteeMember> all();
}
