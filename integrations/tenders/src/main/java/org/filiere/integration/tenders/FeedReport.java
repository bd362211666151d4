package org.filiere.integration.tenders;

import java.util.Optional;

/**
 * What became of a feed's entries.
 *
 * @param feed         the file or address
 * @param kind         what the feed was, if it was read (nothing for an unchanged web feed)
 * @param entries      entries read
 * @param created      new tenders
 * @param updated      tenders changed
 * @param unchanged    tenders already known as they are
 * @param deadLettered entries sent to the dead letters, with their reasons
 */
public record FeedReport(String feed, Optional<FeedKind> kind, long entries, long created, long updated,
        long unchanged, long deadLettered) {

    static FeedReport empty(String feed) {
        return new FeedReport(feed, Optional.empty(), 0, 0, 0, 0, 0);
    }

    FeedReport plus(FeedReport other) {
        return new FeedReport(feed, kind.or(other::kind), entries + other.entries, created + other.created,
                updated + other.updated, unchanged + other.unchanged, deadLettered + other.deadLettered);
    }

    FeedReport of(Optional<FeedKind> read) {
        return new FeedReport(feed, read, entries, created, updated, unchanged, deadLettered);
    }

    @Override
    public String toString() {
        return "Tender feed " + feed + kind.map(k -> " (" + k.description() + ")").orElse("") + ": " + entries
                + " entries, " + created + " new, " + updated + " updated, " + unchanged + " unchanged, "
                + deadLettered + " to the dead letters";
    }
}
