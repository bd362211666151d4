package org.filiere.techwatch;

import java.util.UUID;

import org.filiere.kernel.Ids;

/**
 * The identity of a technology news feed the association follows.
 *
 * @param value a random UUID
 */
public record TechFeedId(UUID value) {

    public static TechFeedId random() {
        return new TechFeedId(UUID.randomUUID());
    }

    public static TechFeedId parse(String text) {
        return new TechFeedId(Ids.uuid("A technology news feed", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
