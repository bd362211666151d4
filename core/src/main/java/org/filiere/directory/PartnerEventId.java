package org.filiere.directory;

import java.util.UUID;

import org.filiere.kernel.Ids;

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
        return new PartnerEventId(Ids.uuid("A partner event", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
