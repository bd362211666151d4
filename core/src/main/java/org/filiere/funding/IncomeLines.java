package org.filiere.funding;

import java.util.List;
import java.util.Optional;

import org.filiere.kernel.NotFoundException;

/** The association's income lines, wherever they are stored. */
public interface IncomeLines {

    /**
     * Stores a new line or the changes to one.
     *
     * @throws org.filiere.kernel.StaleDataException if the line was changed since it was read
     */
    void save(IncomeLine line);

    Optional<IncomeLine> find(IncomeLineId id);

    /** The line with this id. */
    default IncomeLine get(IncomeLineId id) {
        return find(id).orElseThrow(() -> new NotFoundException("income line " + id));
    }

    /** A year's lines, by funder. */
    List<IncomeLine> ofYear(int year);

    /**
     * Removes a line.
     *
     * @throws org.filiere.kernel.StaleDataException if the line was changed since it was read
     */
    void remove(IncomeLine line);
}
