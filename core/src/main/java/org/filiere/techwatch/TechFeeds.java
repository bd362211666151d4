package org.filiere.techwatch;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/** The news feeds the association follows, wherever they are stored. */
public interface TechFeeds {

    /**
     * Stores a new feed or the changes to one.
     *
     * @throws org.filiere.kernel.StaleDataException if it changed since it was read
     */
    void save(TechFeed feed);

    Optional<TechFeed> find(TechFeedId id);

    /** The feed at this address, if it is followed. */
    Optional<TechFeed> find(URI url);

    /** Every feed, by name. */
    List<TechFeed> all();
}
