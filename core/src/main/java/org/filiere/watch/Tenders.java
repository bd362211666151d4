package org.filiere.watch;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The calls for tender received, wherever they are stored. */
public interface Tenders {

    /** The tender with this id, if it was received. */
    Optional<Tender> find(TenderId id);

    /**
     * Stores a new tender or the changes to one.
     *
     * @throws org.filiere.kernel.StaleDataException if the tender was changed since it was read, or a new tender's
     *         id was taken meanwhile
     */
    void save(Tender tender);

    /** The tenders first received in {@code [from, to)}, oldest first. */
    List<Tender> receivedBetween(Instant from, Instant to);

    /** How many tenders are stored. */
    long count();
}
