package org.filiere.techwatch;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** News items read from feeds, wherever they are stored. */
public interface TechItems {

    /**
     * Stores a new item or the changes to one.
     *
     * @throws org.filiere.kernel.StaleDataException if it changed since it was read, or if the same item of the
     *         same feed was stored at the same moment
     */
    void save(TechItem item);

    Optional<TechItem> find(TechItemId id);

    /** The item of a feed with this key, if it was read. */
    Optional<TechItem> find(TechFeedId feedId, String key);

    /** The items with these ids that exist. */
    List<TechItem> find(Collection<TechItemId> ids);

    /** The items read since a moment, newest first (by date of publication, else of reading). */
    List<TechItem> readSince(Instant since);

    /** How many items a feed gave. */
    long count(TechFeedId feedId);
}
