package org.filiere.directory;

import java.util.UUID;

/**
 * The identity of an event a partner announced.
 *
 * @param value a random UUID
 */
public record PartnerEventId(UUID value) {

    public static PartnerEventId random() {
        return new PartnerEventId(UUID.randomUUID());
    }

    public static PartnerEventId parse(String text) {
        return new PartnerEventId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
