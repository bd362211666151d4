package org.filiere.techwatch;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.filiere.kernel.InvalidFieldException;
import org.filiere.kernel.TextLimit;

/**
 * A news item read from a feed, kept once (see {@link ItemKeyPolicy}) with the watch topics it falls into.
 *
 * @param id          identity
 * @param feedId      the feed it came from
 * @param key         how the feed's item is recognised
 * @param title       its title
 * @param link        its web address, if any
 * @param summary     its description as plain text
 * @param publishedAt when it was published, if the feed said
 * @param receivedAt  when it was first read
 * @param topics      the watch topics it falls into
 * @param version     the stored version, for optimistic locking (0 until stored)
 */
public record TechItem(TechItemId id, TechFeedId feedId, String key, String title, Optional<URI> link,
        String summary, Optional<Instant> publishedAt, Instant receivedAt, Set<WatchTopicId> topics, long version) {

    public TechItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(feedId, "feedId");
        Objects.requireNonNull(key, "key");
        String record = "Feed item \"" + title + "\"";
        if (title == null || title.isBlank()) {
            throw new InvalidFieldException("A feed item", "title", "is missing");
        }
        title = TextLimit.check(record, "title", title.strip(), 500);
        Objects.requireNonNull(link, "link");
        link.ifPresent(l -> TextLimit.check(record, "link", l.toString(), 1000));
        summary = TextLimit.check(record, "summary", summary == null ? "" : summary.strip(), TextLimit.LONG);
        Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(receivedAt, "receivedAt");
        topics = Set.copyOf(topics);
    }

    /**
     * An item a feed gave for the first time. A summary longer than what is kept is cut at a word, with an
     * ellipsis: it is a teaser of the article behind the link.
     *
     * @throws InvalidFieldException if it cannot be recognised again or has no title
     */
    public static TechItem receive(TechFeedId feedId, FeedItem item, Clock clock) {
        String key = ItemKeyPolicy.keyOf(item);
        String title = item.title().isEmpty() ? item.link().map(URI::toString).orElse("") : item.title();
        return new TechItem(TechItemId.random(), feedId, key, title, item.link(), teaser(item.summary()),
                item.publishedAt(), clock.instant(), Set.of(), 0);
    }

    private static String teaser(String summary) {
        if (summary.length() <= TextLimit.LONG) {
            return summary;
        }
        String cut = summary.substring(0, TextLimit.LONG - 1);
        int space = cut.lastIndexOf(' ');
        return (space > TextLimit.LONG / 2 ? cut.substring(0, space) : cut) + "…";
    }

    /** The same item, in these topics. */
    public TechItem inTopics(Set<WatchTopicId> newTopics) {
        return new TechItem(id, feedId, key, title, link, summary, publishedAt, receivedAt, newTopics, version);
    }

    /** When it was published, or else when it was read. */
    public Instant date() {
        return publishedAt.orElse(receivedAt);
    }
}
