package org.filiere.project;

import java.util.UUID;

/**
 * The identity of a project milestone.
 *
 * @param value a random UUID
 */
public record MilestoneId(UUID value) {

    public MilestoneId {
        if (value == null) {
            throw new IllegalArgumentException("A project milestone id needs a value");
        }
    }

    public static MilestoneId random() {
        return new MilestoneId(UUID.randomUUID());
    }

    public static MilestoneId of(String text) {
        return new MilestoneId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
