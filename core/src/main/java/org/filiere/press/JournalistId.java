package org.filiere.press;

import java.util.UUID;

import org.filiere.kernel.Ids;

/**
 * The identity of a journalist.
 *
 * @param value a random UUID
 */
public record JournalistId(UUID value) {

    public static JournalistId random() {
        return new JournalistId(UUID.randomUUID());
    }

    public static JournalistId parse(String text) {
        return new JournalistId(Ids.uuid("A journalist", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
