package org.filiere.press;

import java.util.UUID;

import org.filiere.kernel.Ids;

/**
 * The identity of an entry of the coverage log.
 *
 * @param value a random UUID
 */
public record CoverageEntryId(UUID value) {

    public static CoverageEntryId random() {
        return new CoverageEntryId(UUID.randomUUID());
    }

    public static CoverageEntryId parse(String text) {
        return new CoverageEntryId(Ids.uuid("A coverage log entry", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
