package org.filiere.event;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Which events to list: by status, kind, year, and from a start time; every criterion is optional.
 *
 * @param statuses     the statuses wanted; empty for all
 * @param kinds        the kinds wanted; empty for all
 * @param year         the year they start in
 * @param startingFrom the earliest start
 */
public record EventQuery(Set<EventStatus> statuses, Set<EventKind> kinds, Optional<Integer> year,
        Optional<LocalDateTime> startingFrom) {

    public EventQuery {
        statuses = Set.copyOf(statuses);
        kinds = Set.copyOf(kinds);
    }

    /** Every event. */
    public static EventQuery all() {
        return new EventQuery(Set.of(), Set.of(), Optional.empty(), Optional.empty());
    }

    public EventQuery withStatus(EventStatus first, EventStatus... more) {
        return new EventQuery(EnumSet.of(first, more), kinds, year, startingFrom);
    }

    public EventQuery ofKind(EventKind first, EventKind... more) {
        return new EventQuery(statuses, EnumSet.of(first, more), year, startingFrom);
    }

    public EventQuery inYear(int y) {
        return new EventQuery(statuses, kinds, Optional.of(y), startingFrom);
    }

    public EventQuery startingFrom(LocalDateTime from) {
        return new EventQuery(statuses, kinds, year, Optional.of(from));
    }

    /** Whether an event matches, for stores that filter in memory. */
    public boolean matches(Event e) {
        return (statuses.isEmpty() || statuses.contains(e.status())) && (kinds.isEmpty() || kinds.contains(e.kind()))
                && year.map(y -> e.details().start().getYear() == y).orElse(true)
                && startingFrom.map(f -> !e.details().start().isBefore(f)).orElse(true);
    }
}
