package org.filiere.techwatch;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

import org.filiere.kernel.InvalidFieldException;
import org.filiere.kernel.TextLimit;

/**
 * A news feed (RSS or Atom) the association follows.
 *
 * @param id      identity
 * @param name    what staff call it
 * @param url     its web address (http or https)
 * @param active  whether it is still read
 * @param addedAt when it was added
 * @param version the stored version, for optimistic locking (0 until stored)
 */
public record TechFeed(TechFeedId id, String name, URI url, boolean active, Instant addedAt, long version) {

    public TechFeed {
        Objects.requireNonNull(id, "id");
        if (name == null || name.isBlank()) {
            throw new InvalidFieldException("A news feed", "name", "is missing");
        }
        name = TextLimit.check("News feed \"" + name.strip() + "\"", "name", name.strip(), TextLimit.SHORT);
        if (url == null || url.getScheme() == null || !url.getScheme().matches("https?") || url.getHost() == null) {
            throw new InvalidFieldException("News feed \"" + name + "\"", "address",
                    "\"" + url + "\" is not an http or https address");
        }
        TextLimit.check("News feed \"" + name + "\"", "address", url.toString(), 1000);
        Objects.requireNonNull(addedAt, "addedAt");
    }

    /** The same feed, read or no longer read. */
    public TechFeed withActive(boolean nowActive) {
        return new TechFeed(id, name, url, nowActive, addedAt, version);
    }
}
