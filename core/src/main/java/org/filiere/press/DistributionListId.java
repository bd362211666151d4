package org.filiere.press;

import java.util.UUID;

import org.filiere.kernel.Ids;

/**
 * The identity of a distribution list.
 *
 * @param value a random UUID
 */
public record DistributionListId(UUID value) {

    public static DistributionListId random() {
        return new DistributionListId(UUID.randomUUID());
    }

    public static DistributionListId parse(String text) {
        return new DistributionListId(Ids.uuid("A distribution list", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
