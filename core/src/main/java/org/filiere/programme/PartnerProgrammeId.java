package org.filiere.programme;

import java.util.UUID;

import org.filiere.kernel.Ids;

/**
 * The identity of a partner programme.
 *
 * @param value a random UUID
 */
public record PartnerProgrammeId(UUID value) {

    public PartnerProgrammeId {
        if (value == null) {
            throw new IllegalArgumentException("A partner programme id needs a value");
        }
    }

    public static PartnerProgrammeId random() {
        return new PartnerProgrammeId(UUID.randomUUID());
    }

    public static PartnerProgrammeId of(String text) {
        return new PartnerProgrammeId(Ids.uuid("A partner programme", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
