package org.filiere.watch;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The calls for tender received, wherever they are stored. */
public interface Tenders {

    /** The tender with this id, if it was received. */
    Optional<Tender> find(TenderId id);

    /** The tenders of these ids that were received, by id; implementations look them up together. */
    default Map<TenderId, Tender> find(Collection<TenderId> ids) {
        Map<TenderId, Tender> found = new HashMap<>();
        ids.forEach(id -> find(id).ifPresent(t -> found.put(id, t)));
        return found;
    }

    /**
     * Stores a new tender or the changes to one.
     *
     * @throws org.filiere.kernel.StaleDataException if the tender was changed since it was read, or a new tender's
     *         id was taken meanwhile
     */
    void save(Tender tender);

    /**
     * Stores tenders never stored before, together.
     *
     * @throws org.filiere.kernel.StaleDataException if the id of one of them was taken meanwhile (none of them is
     *         then stored)
     */
    default void insertAll(List<Tender> newTenders) {
        newTenders.forEach(this::save);
    }

    /** The tenders first received in {@code [from, to)}, oldest first. */
    List<Tender> receivedBetween(Instant from, Instant to);

    /** How many tenders are stored. */
    long count();
}
