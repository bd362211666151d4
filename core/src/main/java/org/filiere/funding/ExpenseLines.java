package org.filiere.funding;

import java.util.List;
import java.util.Optional;

import org.filiere.kernel.NotFoundException;

/** The association's expense lines, wherever they are stored. */
public interface ExpenseLines {

    /**
     * Stores a new line or the changes to one.
     *
     * @throws org.filiere.kernel.StaleDataException if the line was changed since it was read
     */
    void save(ExpenseLine line);

    Optional<ExpenseLine> find(ExpenseLineId id);

    /** The line with this id. */
    default ExpenseLine get(ExpenseLineId id) {
        return find(id).orElseThrow(() -> new NotFoundException("expense line " + id));
    }

    /** A year's lines, by activity. */
    List<ExpenseLine> ofYear(int year);

    /**
     * Removes a line.
     *
     * @throws org.filiere.kernel.StaleDataException if the line was changed since it was read
     */
    void remove(ExpenseLine line);
}
