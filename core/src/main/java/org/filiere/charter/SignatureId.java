package org.filiere.charter;

import java.util.UUID;

/**
 * The identity of a charter signature.
 *
 * @param value a random UUID
 */
public record SignatureId(UUID value) {

    public static SignatureId random() {
        return new SignatureId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
