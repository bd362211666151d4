package org.filiere.project;

import java.util.UUID;

import org.filiere.kernel.Ids;

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
        return new CommitteeMemberId(Ids.uuid("A committee member", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
