package org.filiere.integration.camel.deadletter;

import java.util.Objects;
import java.util.UUID;

/**
 * The identity of a dead letter.
 *
 * @param value its unique id
 */
public record DeadLetterId(UUID value) {

    public DeadLetterId {
        Objects.requireNonNull(value, "value");
    }

    /** A new id. */
    public static DeadLetterId next() {
        return new DeadLetterId(UUID.randomUUID());
    }

    /** The id from its text form. */
    public static DeadLetterId of(String text) {
        return new DeadLetterId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
