package org.filiere.charter;

/** Where the charter is kept. */
public interface Charters {

    /** The charter; {@link Charter#empty()} before the first version. */
    Charter charter();

    /**
     * Stores the charter's versions.
     *
     * @throws org.filiere.kernel.StaleDataException if someone published a version since it was read
     */
    void save(Charter charter);
}
