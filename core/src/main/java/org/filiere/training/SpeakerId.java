package org.filiere.training;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.filiere.member.ContactId;

/**
 * Who a speaker is, whatever their name: a member's contact person is known by their contact's id, anyone else
 * (an outside expert, an employee the association holds no contact for) by an id of their own. Two speakers with
 * the same name and different ids are two people; export and erasure reach a speaker by this id.
 *
 * @param kind  whose id it is
 * @param value the id
 */
public record SpeakerId(Kind kind, UUID value) {

    /** Whose id a speaker id is. */
    public enum Kind {
        /** A member's contact person: the value is the {@link ContactId}'s. */
        CONTACT,
        /** A speaker the association knows only as a speaker: an id of their own. */
        SPEAKER
    }

    public SpeakerId {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
    }

    /** The speaker who is this member's contact person. */
    public static SpeakerId of(ContactId contact) {
        return new SpeakerId(Kind.CONTACT, contact.value());
    }

    /** A new speaker known only as a speaker. */
    public static SpeakerId random() {
        return new SpeakerId(Kind.SPEAKER, UUID.randomUUID());
    }

    /**
     * Reads the text form, {@code contact:<uuid>} or {@code speaker:<uuid>}.
     *
     * @throws InvalidTrainingDataException if the text is not a speaker id
     */
    public static SpeakerId parse(String text) {
        String t = text == null ? "" : text.strip();
        int colon = t.indexOf(':');
        try {
            Kind kind = Kind.valueOf(t.substring(0, Math.max(colon, 0)).toUpperCase(Locale.ROOT));
            return new SpeakerId(kind, UUID.fromString(t.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            throw new InvalidTrainingDataException("Speaker", "id",
                    "is not \"contact:<uuid>\" or \"speaker:<uuid>\": \"" + t + "\"");
        }
    }

    /** The contact person this speaker is, if they are one. */
    public Optional<ContactId> contact() {
        return kind == Kind.CONTACT ? Optional.of(new ContactId(value)) : Optional.empty();
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(Locale.ROOT) + ":" + value;
    }
}
