package org.filiere.project;

import java.util.UUID;

import org.filiere.kernel.Ids;

/**
 * The identity of a committee session.
 *
 * @param value a random UUID
 */
public record CommitteeSessionId(UUID value) {

    public CommitteeSessionId {
        if (value == null) {
            throw new IllegalArgumentException("A committee session id needs a value");
        }
    }

    public static CommitteeSessionId random() {
        return new CommitteeSessionId(UUID.randomUUID());
    }

    public static CommitteeSessionId of(String text) {
        return new CommitteeSessionId(Ids.uuid("A committee session", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
