package org.filiere.press;

import java.util.List;
import java.util.Optional;

/** Journalists at media outlets: personal data, exportable and erasable. */
public interface Journalists {

    /**
     * Stores a new journalist or the changes to one.
     *
     * @throws org.filiere.kernel.StaleDataException if it changed since it was read
     */
    void save(Journalist journalist);

    Optional<Journalist> find(JournalistId id);

    /** The journalists of an outlet, by name. */
    List<Journalist> of(MediaOutletId outletId);

    /** The journalists with this e-mail address (case aside). */
    List<Journalist> withEmail(String email);

    /** Erases a journalist for good. Returns whether there was one. */
    boolean erase(JournalistId id);
}
