package org.filiere.press;

import java.util.List;
import java.util.Optional;

/** The press distribution lists, wherever they are stored. */
public interface DistributionLists {

    /**
     * Stores a new list or the changes to one.
     *
     * @throws org.filiere.kernel.StaleDataException if it changed since it was read
     */
    void save(DistributionList list);

    Optional<DistributionList> find(DistributionListId id);

    /** Every list, by name. */
    List<DistributionList> all();
}
