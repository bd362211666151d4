package org.filiere.project;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

import org.filiere.kernel.TextLimit;

/**
 * A step a labelled project is to reach by a due date.
 *
 * @param id        identity
 * @param title     what is to be reached
 * @param dueOn     by when
 * @param reachedOn the day it was reached, if it was
 */
public record Milestone(MilestoneId id, String title, LocalDate dueOn, Optional<LocalDate> reachedOn) {

    public Milestone {
        Objects.requireNonNull(id, "id");
        if (title == null || title.isBlank()) {
            throw new ProjectRefusedException("A milestone needs a title");
        }
        title = TextLimit.check("A milestone", "title", title.strip(), TextLimit.SHORT);
        if (dueOn == null) {
            throw new ProjectRefusedException("Milestone \"" + title + "\" needs a due date");
        }
        Objects.requireNonNull(reachedOn, "reachedOn");
    }

    /** Whether, on that day, its due date has passed and it is not reached. */
    public boolean isOverdueOn(LocalDate day) {
        return reachedOn.isEmpty() && dueOn.isBefore(day);
    }

    /** How many days late it is on that day (0 when not overdue). */
    public long daysLateOn(LocalDate day) {
        return isOverdueOn(day) ? ChronoUnit.DAYS.between(dueOn, day) : 0;
    }

    Milestone reached(LocalDate on) {
        return new Milestone(id, title, dueOn, Optional.of(on));
    }
}
