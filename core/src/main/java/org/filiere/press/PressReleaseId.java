package org.filiere.press;

import java.util.UUID;

import org.filiere.kernel.Ids;

/**
 * The identity of a press release.
 *
 * @param value a random UUID
 */
public record PressReleaseId(UUID value) {

    public static PressReleaseId random() {
        return new PressReleaseId(UUID.randomUUID());
    }

    public static PressReleaseId parse(String text) {
        return new PressReleaseId(Ids.uuid("A press release", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
