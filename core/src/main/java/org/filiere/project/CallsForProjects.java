package org.filiere.project;

import java.util.List;
import java.util.Optional;

/** The calls for projects the association relays. */
public interface CallsForProjects {

    /**
     * Stores a new call or the changes to one.
     *
     * @throws org.filiere.kernel.StaleDataException if the call was changed since it was read
     */
    void save(CallForProjects call);

    Optional<CallForProjects> find(CallForProjectsId id);

    /** Every call, latest opening first. */
    List<CallForProjects> all();
}
