package org.filiere.project;

import java.util.UUID;

import org.filiere.kernel.Ids;

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
        return new MilestoneId(Ids.uuid("A project milestone", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
