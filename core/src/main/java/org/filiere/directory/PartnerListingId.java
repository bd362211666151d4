package org.filiere.directory;

import java.util.UUID;

import org.filiere.kernel.Ids;

/**
 * The identity of an organisation listed in a partner's directory.
 *
 * @param value a random UUID
 */
public record PartnerListingId(UUID value) {

    public static PartnerListingId random() {
        return new PartnerListingId(UUID.randomUUID());
    }

    public static PartnerListingId parse(String text) {
        return new PartnerListingId(Ids.uuid("A partner directory listing", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
