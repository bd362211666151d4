package org.filiere.press;

import java.util.List;
import java.util.Optional;

/** Press releases, wherever they are stored. */
public interface PressReleases {

    /**
     * Stores a new release or the changes to one.
     *
     * @throws org.filiere.kernel.StaleDataException if it changed since it was read
     */
    void save(PressRelease release);

    Optional<PressRelease> find(PressReleaseId id);

    /** The release, held for the current transaction so that no other node publishes it at the same time. */
    Optional<PressRelease> claim(PressReleaseId id);

    /** The scheduled releases, earliest embargo first (those without one first of all). */
    List<PressRelease> scheduled();

    /** Every release, the latest first. */
    List<PressRelease> all();

    /** How many releases were published in a year (in the association's time zone). */
    long publishedIn(int year);
}
