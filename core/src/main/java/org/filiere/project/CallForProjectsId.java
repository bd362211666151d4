package org.filiere.project;

import java.util.UUID;

import org.filiere.kernel.Ids;

/**
 * The identity of a call for projects.
 *
 * @param value a random UUID
 */
public record CallForProjectsId(UUID value) {

    public CallForProjectsId {
        if (value == null) {
            throw new IllegalArgumentException("A call for projects id needs a value");
        }
    }

    public static CallForProjectsId random() {
        return new CallForProjectsId(UUID.randomUUID());
    }

    public static CallForProjectsId of(String text) {
        return new CallForProjectsId(Ids.uuid("A call for projects", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
