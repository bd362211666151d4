package org.filiere.techwatch;

import java.util.List;
import java.util.Optional;

/** Technology letters, drafts and the archive of those published, wherever they are stored. */
public interface TechLetters {

    /**
     * Stores a new letter or the changes to one.
     *
     * @throws org.filiere.kernel.StaleDataException if it changed since it was read (two staff members editing
     *         the same draft)
     */
    void save(TechLetter letter);

    Optional<TechLetter> find(TechLetterId id);

    /** The published letters, the latest first: the archive. */
    List<TechLetter> published();

    /** The letters not published yet, the latest week first. */
    List<TechLetter> drafts();
}
