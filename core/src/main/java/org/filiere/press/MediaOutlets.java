package org.filiere.press;

import java.util.List;
import java.util.Optional;

/** The media outlets the association deals with, wherever they are stored. */
public interface MediaOutlets {

    /**
     * Stores a new outlet or the changes to one.
     *
     * @throws org.filiere.kernel.StaleDataException if it changed since it was read
     */
    void save(MediaOutlet outlet);

    Optional<MediaOutlet> find(MediaOutletId id);

    /** Every outlet, by name. */
    List<MediaOutlet> all();
}
