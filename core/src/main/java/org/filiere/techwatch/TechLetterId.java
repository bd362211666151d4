package org.filiere.techwatch;

import java.util.UUID;

import org.filiere.kernel.Ids;

/**
 * The identity of a technology letter.
 *
 * @param value a random UUID
 */
public record TechLetterId(UUID value) {

    public static TechLetterId random() {
        return new TechLetterId(UUID.randomUUID());
    }

    public static TechLetterId parse(String text) {
        return new TechLetterId(Ids.uuid("A technology letter", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
