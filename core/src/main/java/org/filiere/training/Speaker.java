package org.filiere.training;

import java.util.Objects;
import java.util.Optional;

import org.filiere.member.MemberId;

/**
 * A person who speaks at a session. A speaker employed by a member gives that member's time to the association:
 * it counts as the member's contribution days once the session is held.
 *
 * @param name         full name
 * @param organisation where they work
 * @param bio          a short biography
 * @param employer     the member that employs them, if any
 */
public record Speaker(String name, String organisation, String bio, Optional<MemberId> employer) {

    /** The longest biography kept. */
    public static final int MAX_BIO_LENGTH = 2000;

    public Speaker {
        if (name == null || name.isBlank()) {
            throw new InvalidTrainingDataException("Speaker", "name", "is missing");
        }
        name = name.strip();
        TextLimits.atMost(TextLimits.LINE, name, "Speaker", "name");
        organisation = TextLimits.atMost(TextLimits.LINE, organisation == null ? "" : organisation.strip(),
                "Speaker " + name, "organisation");
        bio = bio == null ? "" : bio.strip();
        if (bio.length() > MAX_BIO_LENGTH) {
            throw new InvalidTrainingDataException("Speaker " + name, "biography",
                    "is " + bio.length() + " characters long; keep it to " + MAX_BIO_LENGTH);
        }
        Objects.requireNonNull(employer, "employer");
    }

    /** A speaker from outside the membership. */
    public static Speaker guest(String name, String organisation, String bio) {
        return new Speaker(name, organisation, bio, Optional.empty());
    }

    /** A speaker employed by a member. */
    public static Speaker employeeOf(MemberId employer, String name, String organisation, String bio) {
        return new Speaker(name, organisation, bio, Optional.of(employer));
    }

    @Override
    public String toString() {
        return organisation.isEmpty() ? name : name + " (" + organisation + ")";
    }
}
