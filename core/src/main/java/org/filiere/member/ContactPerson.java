package org.filiere.member;

import java.util.Objects;
import java.util.regex.Pattern;

import org.filiere.kernel.InvalidFieldException;

/**
 * A person the association deals with at a member. This is personal data: it is kept apart from the member so
 * that it can be exported and erased on request without touching the member's record.
 *
 * @param id       identity
 * @param memberId the member the person works for
 * @param name     full name
 * @param role     job or role at the member (CEO, HR manager...)
 * @param email    e-mail address
 * @param phone    phone number, as given
 * @param version  stored version, for optimistic locking
 */
public record ContactPerson(ContactId id, MemberId memberId, String name, String role, String email, String phone,
        long version) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public ContactPerson {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(memberId, "memberId");
        if (name == null || name.isBlank()) {
            throw new InvalidFieldException("A contact person", "name", "is missing");
        }
        name = name.strip();
        role = role == null ? "" : role.strip();
        email = email == null ? "" : email.strip();
        phone = phone == null ? "" : phone.strip();
        if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
            throw new InvalidIdentifierException("e-mail address", email, "it is not an e-mail address");
        }
    }
}
