package org.filiere.event;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** The association's events, with their registrations. */
public interface Events {

    Optional<Event> find(EventId id);

    /** The event with this id. */
    default Event get(EventId id) {
        return find(id).orElseThrow(() -> new UnknownEventException(id));
    }

    /**
     * The event, held for the rest of the transaction so that registrations made at the same moment see each other
     * and get seats in one consistent order.
     */
    Event getForUpdate(EventId id);

    /** The events where someone with this e-mail address (in any case) registered, by start time. */
    List<Event> withPerson(String email);

    /** The events that match, by start time. */
    List<Event> find(EventQuery query);

    /**
     * The events that ended before the given time and still hold someone's personal data in a registration, by start
     * time: what the retention rule anonymises.
     *
     * @param cutoff a time in the association's time zone
     */
    default List<Event> endedBeforeWithPersonalData(LocalDateTime cutoff) {
        return find(EventQuery.all()).stream()
                .filter(e -> e.details().end().isBefore(cutoff) && e.holdsPersonalData()).toList();
    }

    /**
     * Stores a new event or the changes to one.
     *
     * @throws org.filiere.kernel.StaleDataException if it was changed since it was read
     */
    void save(Event event);

    /**
     * The year's figures, over the events held that year, counted by the store itself (a database counts them with
     * aggregate queries rather than loading every event).
     */
    EventYearFigures yearFigures(int year);
}
