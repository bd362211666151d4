package org.filiere.training;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.filiere.kernel.TextLimit;
import org.filiere.member.ContactId;
import org.filiere.member.MemberId;

/**
 * A person who registers for a session: a contact person at a member, a member's employee, or an outside
 * participant. Two participants are the same person when they are the same contact person or share an e-mail
 * address.
 *
 * @param name         full name
 * @param email        e-mail address, where the invitation goes
 * @param organisation where they work
 * @param employer     the member they work for, if any
 * @param contact      the contact person record at that member, if any
 */
public record Participant(String name, String email, String organisation, Optional<MemberId> employer,
        Optional<ContactId> contact) {

    /** The name an erased person is shown under. */
    public static final String ERASED_NAME = "Erased person";

    /** The domain of the address an erased person is given (a reserved top-level domain: never delivered). */
    public static final String ERASED_DOMAIN = "@erased.invalid";

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public Participant {
        if (name == null || name.isBlank()) {
            throw new InvalidTrainingDataException("Participant", "name", "is missing");
        }
        name = name.strip();
        email = email == null ? "" : email.strip();
        if (!EMAIL.matcher(email).matches()) {
            throw new InvalidTrainingDataException("Participant " + name, "e-mail address",
                    email.isEmpty() ? "is missing" : "\"" + email + "\" is not an e-mail address");
        }
        TextLimit.check("Participant", "name", name, TextLimit.SHORT);
        TextLimit.check("Participant " + name, "e-mail address", email, TextLimit.SHORT);
        organisation = TextLimit.check("Participant " + name, "organisation",
                organisation == null ? "" : organisation.strip(), TextLimit.SHORT);
        Objects.requireNonNull(employer, "employer");
        Objects.requireNonNull(contact, "contact");
        if (contact.isPresent() && employer.isEmpty()) {
            throw new InvalidTrainingDataException("Participant " + name, "member",
                    "is missing: a contact person works for a member");
        }
    }

    /** Someone outside the membership. */
    public static Participant outsider(String name, String email, String organisation) {
        return new Participant(name, email, organisation, Optional.empty(), Optional.empty());
    }

    /** An employee of a member. */
    public static Participant employeeOf(MemberId employer, String name, String email, String organisation) {
        return new Participant(name, email, organisation, Optional.of(employer), Optional.empty());
    }

    /**
     * What remains of the participant once their personal data is erased: no name, no e-mail address, no
     * organisation, no contact record; the member they worked for stays, because it is the member's record.
     *
     * @param tag a stable tag that keeps erased people apart (the record's id)
     */
    public Participant erased(String tag) {
        String suffix = tag.length() > 8 ? tag.substring(0, 8) : tag;
        return new Participant(ERASED_NAME, "erased-" + suffix + ERASED_DOMAIN, "", employer, Optional.empty());
    }

    /** Whether this is what remains of a participant whose personal data was erased. */
    public boolean isErased() {
        return email.endsWith(ERASED_DOMAIN);
    }

    /** The identity by which the same person is recognised: the e-mail address, in lower case. */
    public String personKey() {
        return email.toLowerCase(Locale.ROOT);
    }

    /** Whether both describe the same person. */
    public boolean isSamePersonAs(Participant other) {
        return personKey().equals(other.personKey())
                || (contact.isPresent() && contact.equals(other.contact));
    }

    @Override
    public String toString() {
        return name + " <" + email + ">";
    }
}
