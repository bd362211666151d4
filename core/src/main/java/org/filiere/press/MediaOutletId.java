package org.filiere.press;

import java.util.UUID;

import org.filiere.kernel.Ids;

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
        return new MediaOutletId(Ids.uuid("A media outlet", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
