package org.filiere.press;

import java.util.UUID;

import org.filiere.kernel.Ids;

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
        return new ReleaseDeliveryId(Ids.uuid("A press release delivery", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
