package org.filiere.watch;

import java.util.UUID;

import org.filiere.kernel.Ids;

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
        return new DigestId(Ids.uuid("A tenders digest", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
