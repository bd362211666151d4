package org.filiere.member;

import java.util.UUID;

import org.filiere.kernel.Ids;

/**
 * The identity of a contact person.
 *
 * @param value a random UUID
 */
public record ContactId(UUID value) {

    public static ContactId random() {
        return new ContactId(UUID.randomUUID());
    }

    public static ContactId of(String text) {
        return new ContactId(Ids.uuid("A contact person", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
