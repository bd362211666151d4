package org.filiere.press;

import java.util.List;
import java.util.Optional;

/** The log of the press coverage, wherever it is stored. */
public interface CoverageEntries {

    /**
     * Stores a new entry or the changes to one.
     *
     * @throws org.filiere.kernel.StaleDataException if it changed since it was read
     */
    void save(CoverageEntry entry);

    Optional<CoverageEntry> find(CoverageEntryId id);

    /** The entries of a year, the latest first. */
    List<CoverageEntry> ofYear(int year);

    /** A year's coverage added up by the storage (counts and sums, not entry by entry). */
    CoverageFigures figures(int year);
}
