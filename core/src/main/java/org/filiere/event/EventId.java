package org.filiere.event;

import java.util.UUID;

import org.filiere.kernel.Ids;

/**
 * The identity of an event.
 *
 * @param value a random UUID
 */
public record EventId(UUID value) {

    public EventId {
        if (value == null) {
            throw new IllegalArgumentException("An event id needs a value");
        }
    }

    public static EventId random() {
        return new EventId(UUID.randomUUID());
    }

    public static EventId of(String text) {
        return new EventId(Ids.uuid("An event", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
