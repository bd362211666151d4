package org.filiere.project;

import java.util.UUID;

/**
 * The identity of a committee member.
 *
 * @param value a random UUID
 */
public record CommitteeMemberId(UUID value) {

    public CommitteeMemberId {
        if (value == null) {
            throw new IllegalArgumentException("A committee member id needs a value");
        }
    }

    public static CommitteeMemberId random() {
        return new CommitteeMemberId(UUID.randomUUID());
    }

    public static CommitteeMemberId of(String text) {
        return new CommitteeMemberId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
