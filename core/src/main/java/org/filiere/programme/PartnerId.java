package org.filiere.programme;

import java.util.UUID;

import org.filiere.kernel.Ids;

/**
 * The identity of a partner organisation.
 *
 * @param value a random UUID
 */
public record PartnerId(UUID value) {

    public PartnerId {
        if (value == null) {
            throw new IllegalArgumentException("A partner organisation id needs a value");
        }
    }

    public static PartnerId random() {
        return new PartnerId(UUID.randomUUID());
    }

    public static PartnerId of(String text) {
        return new PartnerId(Ids.uuid("A partner", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
