package org.filiere.techwatch;

import java.util.UUID;

import org.filiere.kernel.Ids;

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
        return new LetterDeliveryId(Ids.uuid("A technology letter delivery", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
