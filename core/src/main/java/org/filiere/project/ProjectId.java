package org.filiere.project;

import java.util.UUID;

import org.filiere.kernel.Ids;

/**
 * The identity of a project.
 *
 * @param value a random UUID
 */
public record ProjectId(UUID value) {

    public ProjectId {
        if (value == null) {
            throw new IllegalArgumentException("A project id needs a value");
        }
    }

    public static ProjectId random() {
        return new ProjectId(UUID.randomUUID());
    }

    public static ProjectId of(String text) {
        return new ProjectId(Ids.uuid("A project", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
