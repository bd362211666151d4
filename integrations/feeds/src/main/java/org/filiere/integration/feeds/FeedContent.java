package org.filiere.integration.feeds;

import java.util.List;

import org.filiere.techwatch.FeedItem;

/**
 * What was read in a feed.
 *
 * @param format  the feed's format as ROME names it ({@code rss_2.0}, {@code atom_1.0}, ...)
 * @param charset the encoding it was read in
 * @param title   the feed's own title
 * @param items   its items, in the feed's order
 */
public record FeedContent(String format, String charset, String title, List<FeedItem> items) {

    public FeedContent {
        items = List.copyOf(items);
    }
}
