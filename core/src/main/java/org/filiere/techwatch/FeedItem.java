package org.filiere.techwatch;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One item as a feed gives it, already read: its texts are plain (HTML reduced to safe text) and its date
 * normalised to an instant.
 *
 * @param guid        the feed's id of the item (RSS {@code guid}, Atom {@code id}), if any
 * @param link        the item's web address, if any
 * @param title       its title
 * @param summary     its description as plain text
 * @param publishedAt when it was published (or last updated, when the feed says nothing else), if said
 */
public record FeedItem(Optional<String> guid, Optional<URI> link, String title, String summary,
        Optional<Instant> publishedAt) {

    public FeedItem {
        guid = Objects.requireNonNull(guid, "guid").map(String::strip).filter(g -> !g.isEmpty());
        Objects.requireNonNull(link, "link");
        title = title == null ? "" : title.strip();
        summary = summary == null ? "" : summary.strip();
        Objects.requireNonNull(publishedAt, "publishedAt");
    }
}
