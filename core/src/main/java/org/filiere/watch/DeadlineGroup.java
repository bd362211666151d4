package org.filiere.watch;

import java.util.List;
import java.util.Optional;

/**
 * The tenders of a digest whose deadline falls in the same week, or that give no deadline.
 *
 * @param deadlineWeek the week of their deadline; empty for tenders without one
 * @param entries      the tenders, by deadline
 */
public record DeadlineGroup(Optional<WatchWeek> deadlineWeek, List<DigestEntry> entries) {

    public DeadlineGroup {
        entries = List.copyOf(entries);
    }
}
