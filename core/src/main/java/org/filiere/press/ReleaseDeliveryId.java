package org.filiere.press;

import java.util.UUID;

/**
 * The identity of a press release's delivery to one journalist.
 *
 * @param value a random UUID
 */
public record ReleaseDeliveryId(UUID value) {

    public static ReleaseDeliveryId random() {
        return new ReleaseDeliveryId(UUID.randomUUID());
    }

    public static ReleaseDeliveryId parse(String text) {
        return new ReleaseDeliveryId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
