package org.filiere.techwatch;

import java.util.UUID;

import org.filiere.kernel.Ids;

/**
 * The identity of a news item read from a feed.
 *
 * @param value a random UUID
 */
public record TechItemId(UUID value) {

    public static TechItemId random() {
        return new TechItemId(UUID.randomUUID());
    }

    public static TechItemId parse(String text) {
        return new TechItemId(Ids.uuid("A technology news item", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
