package org.filiere.access;

import java.util.Objects;

import org.filiere.kernel.InvalidFieldException;

/**
 * The stable identity of a person who acts: the account id the embedding application authenticated (a staff account,
 * a member representative's login, an outside expert), or a committee member's id. Two people with the same name have
 * two ids; the library compares people by id, never by name.
 *
 * @param value the id, as the application knows it: up to 100 characters, no spaces
 */
public record ActorId(String value) {

    /** The most characters an id may have. */
    public static final int MAX_LENGTH = 100;

    public ActorId {
        Objects.requireNonNull(value, "value");
        if (value.isEmpty() || value.length() > MAX_LENGTH || value.chars().anyMatch(Character::isWhitespace)) {
            throw new InvalidFieldException("An actor", "id", "must be 1 to " + MAX_LENGTH
                    + " characters without spaces, not \"" + value + "\"");
        }
    }

    /** The id with this value. */
    public static ActorId of(String value) {
        return new ActorId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
