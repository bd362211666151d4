package org.filiere.techwatch;

import org.filiere.kernel.InvalidFieldException;

/**
 * How an item is recognised when a feed gives it again: by the feed's id of it (its guid) when it has one, else by
 * its link. An item with neither cannot be recognised and is refused, so that it is never kept twice.
 */
public final class ItemKeyPolicy {

    /** The longest key kept. */
    public static final int MAX_KEY = 1000;

    private ItemKeyPolicy() {
    }

    /**
     * The item's key: {@code guid:<guid>} or {@code link:<link>}.
     *
     * @throws InvalidFieldException if the item has neither, or a key too long to keep
     */
    public static String keyOf(FeedItem item) {
        String key = item.guid().map(g -> "guid:" + g)
                .or(() -> item.link().map(l -> "link:" + l))
                .orElseThrow(() -> new InvalidFieldException("Feed item \"" + item.title() + "\"", "guid and link",
                        "are both missing, so the item could not be recognised when the feed gives it again"));
        if (key.length() > MAX_KEY) {
            throw new InvalidFieldException("Feed item \"" + item.title() + "\"", "guid", "is " + key.length()
                    + " characters long; at most " + MAX_KEY + " are kept");
        }
        return key;
    }
}
