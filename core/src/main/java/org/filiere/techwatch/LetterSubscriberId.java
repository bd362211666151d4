package org.filiere.techwatch;

import java.util.UUID;

import org.filiere.kernel.Ids;

/**
 * The identity of a subscriber to the technology letter.
 *
 * @param value a random UUID
 */
public record LetterSubscriberId(UUID value) {

    public static LetterSubscriberId random() {
        return new LetterSubscriberId(UUID.randomUUID());
    }

    public static LetterSubscriberId parse(String text) {
        return new LetterSubscriberId(Ids.uuid("A technology letter subscriber", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
