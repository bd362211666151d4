package org.filiere.techwatch.application;

import java.util.List;

import org.filiere.techwatch.TechFeedId;
import org.filiere.techwatch.TechItemId;

/**
 * What reading a feed did.
 *
 * @param feedId  the feed
 * @param created the items read for the first time
 * @param known   how many items were read before and kept as they were
 */
public record FeedReading(TechFeedId feedId, List<TechItemId> created, int known) {

    public FeedReading {
        created = List.copyOf(created);
    }
}
