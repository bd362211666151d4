package org.filiere.watch;

import java.util.UUID;

/**
 * A digest's identity.
 *
 * @param value a random UUID
 */
public record DigestId(UUID value) {

    public static DigestId random() {
        return new DigestId(UUID.randomUUID());
    }

    public static DigestId parse(String text) {
        return new DigestId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
