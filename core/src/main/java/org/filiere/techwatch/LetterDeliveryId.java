package org.filiere.techwatch;

import java.util.UUID;

/**
 * The identity of a letter's delivery to one subscriber.
 *
 * @param value a random UUID
 */
public record LetterDeliveryId(UUID value) {

    public static LetterDeliveryId random() {
        return new LetterDeliveryId(UUID.randomUUID());
    }

    public static LetterDeliveryId parse(String text) {
        return new LetterDeliveryId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
