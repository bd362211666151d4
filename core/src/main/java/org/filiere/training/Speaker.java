package org.filiere.training;

import java.util.Objects;
import java.util.Optional;

import org.filiere.kernel.TextLimit;
import org.filiere.member.ContactPerson;
import org.filiere.member.MemberId;

/**
 * A person who speaks at a session, known by their id and not by their name: two speakers with the same name are
 * two people unless their ids are equal. A speaker employed by a member gives that member's time to the
 * association: it counts as the member's contribution days once the session is held.
 *
 * @param id           who the speaker is; none for a speaker recorded before speakers had ids whom nothing
 *                     matched to a contact, and for an erased speaker
 * @param name         full name
 * @param organisation where they work
 * @param bio          a short biography
 * @param employer     the member that employs them, if any
 */
public record Speaker(Optional<SpeakerId> id, String name, String organisation, String bio, Optional<MemberId> employer) {

    /** The longest biography kept. */
    public static final int MAX_BIO_LENGTH = 2000;

    /** The name an erased speaker is shown with. */
    public static final String ERASED_NAME = "(erased)";

    public Speaker {
        Objects.requireNonNull(id, "id");
        if (name == null || name.isBlank()) {
            throw new InvalidTrainingDataException("Speaker", "name", "is missing");
        }
        name = name.strip();
        TextLimit.check("Speaker", "name", name, TextLimit.SHORT);
        organisation = TextLimit.check("Speaker " + name, "organisation",
                organisation == null ? "" : organisation.strip(), TextLimit.SHORT);
        bio = bio == null ? "" : bio.strip();
        if (bio.length() > MAX_BIO_LENGTH) {
            throw new InvalidTrainingDataException("Speaker " + name, "biography",
                    "is " + bio.length() + " characters long; keep it to " + MAX_BIO_LENGTH);
        }
        Objects.requireNonNull(employer, "employer");
    }

    /** A new speaker from outside the membership, with an id of their own. */
    public static Speaker guest(String name, String organisation, String bio) {
        return new Speaker(Optional.of(SpeakerId.random()), name, organisation, bio, Optional.empty());
    }

    /** A speaker from outside the membership already known by this id. */
    public static Speaker guest(SpeakerId id, String name, String organisation, String bio) {
        return new Speaker(Optional.of(id), name, organisation, bio, Optional.empty());
    }

    /** A new speaker employed by a member whose contact persons do not include them, with an id of their own. */
    public static Speaker employeeOf(MemberId employer, String name, String organisation, String bio) {
        return new Speaker(Optional.of(SpeakerId.random()), name, organisation, bio, Optional.of(employer));
    }

    /** A member's contact person as a speaker: known by the contact's id, employed by the contact's member. */
    public static Speaker contact(ContactPerson contact, String organisation, String bio) {
        return new Speaker(Optional.of(SpeakerId.of(contact.id())), contact.name(), organisation, bio,
                Optional.of(contact.memberId()));
    }

    /** Whether this speaker is the person with this id. */
    public boolean is(SpeakerId person) {
        return id.filter(person::equals).isPresent();
    }

    /**
     * The same place in the programme with nothing left about the person: no id, name or biography; the
     * organisation and the employing member stay, as the member's contribution does.
     */
    public Speaker erased() {
        return new Speaker(Optional.empty(), ERASED_NAME, organisation, "", employer);
    }

    @Override
    public String toString() {
        return organisation.isEmpty() ? name : name + " (" + organisation + ")";
    }
}
