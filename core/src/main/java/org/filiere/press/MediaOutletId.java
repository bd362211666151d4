package org.filiere.press;

import java.util.UUID;

/**
 * The identity of a media outlet.
 *
 * @param value a random UUID
 */
public record MediaOutletId(UUID value) {

    public static MediaOutletId random() {
        return new MediaOutletId(UUID.randomUUID());
    }

    public static MediaOutletId parse(String text) {
        return new MediaOutletId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
