package org.filiere.press;

import java.util.UUID;

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
        return new PressReleaseId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
