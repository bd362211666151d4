package org.filiere.project;

import java.time.LocalDate;
import java.util.Objects;

import org.filiere.kernel.TextLimit;

/**
 * How a labelled project ended: the day, and its outcome (when completed) or the reason (when abandoned).
 *
 * @param on   the day it ended
 * @param note the outcome or the reason
 */
public record Closure(LocalDate on, String note) {

    public Closure {
        Objects.requireNonNull(on, "on");
        note = TextLimit.check("The end of a project", "outcome or reason", note == null ? "" : note.strip(),
                TextLimit.LONG);
    }
}
