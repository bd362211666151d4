package org.filiere.privacy;

import java.util.Objects;
import java.util.UUID;

import org.filiere.kernel.Ids;

/**
 * Identity of one change of a consent.
 *
 * @param value the id
 */
public record ConsentChangeId(UUID value) {

    public ConsentChangeId {
        Objects.requireNonNull(value, "value");
    }

    /** A new id. */
    public static ConsentChangeId random() {
        return new ConsentChangeId(UUID.randomUUID());
    }

    /** The id written as text. */
    public static ConsentChangeId of(String text) {
        return new ConsentChangeId(Ids.uuid("A consent change", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
