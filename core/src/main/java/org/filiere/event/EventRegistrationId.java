package org.filiere.event;

import java.util.UUID;

import org.filiere.kernel.Ids;

/**
 * The identity of an event registration.
 *
 * @param value a random UUID
 */
public record EventRegistrationId(UUID value) {

    public EventRegistrationId {
        if (value == null) {
            throw new IllegalArgumentException("An event registration id needs a value");
        }
    }

    public static EventRegistrationId random() {
        return new EventRegistrationId(UUID.randomUUID());
    }

    public static EventRegistrationId of(String text) {
        return new EventRegistrationId(Ids.uuid("An event registration", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
