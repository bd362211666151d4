package org.filiere.directory;

import java.util.UUID;

import org.filiere.kernel.Ids;

/**
 * The identity of a person at a partner organisation, from a partner's contact cards.
 *
 * @param value a random UUID
 */
public record PartnerPersonId(UUID value) {

    public static PartnerPersonId random() {
        return new PartnerPersonId(UUID.randomUUID());
    }

    public static PartnerPersonId parse(String text) {
        return new PartnerPersonId(Ids.uuid("A partner person", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
