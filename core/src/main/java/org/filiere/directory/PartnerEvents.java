package org.filiere.directory;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Events partners announced, wherever they are stored. */
public interface PartnerEvents {

    /**
     * Stores a new event or the changes to one.
     *
     * @throws org.filiere.kernel.StaleDataException if it changed since it was read
     */
    void save(PartnerEvent event);

    /** The event a source gave this id, if it was read. */
    Optional<PartnerEvent> find(PartnerSource source, String externalId);

    /** The events that end (or start, for those without an end) at or after a moment, soonest first. */
    List<PartnerEvent> from(Instant moment);

    /** How many events a source gave. */
    long count(PartnerSource source);
}
