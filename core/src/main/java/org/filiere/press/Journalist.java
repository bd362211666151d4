package org.filiere.press;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import org.filiere.kernel.InvalidFieldException;
import org.filiere.kernel.TextLimit;

/**
 * A journalist at a media outlet. This is personal data: like members' contact persons, it can be exported and
 * erased on request.
 *
 * @param id       identity
 * @param outletId the outlet they write for
 * @param name     full name
 * @param email    e-mail address, where press releases go (kept in lower case)
 * @param phone    phone number, as given
 * @param beat     what they cover (industry, start-ups, regional economy...)
 * @param version  the stored version, for optimistic locking (0 until stored)
 */
public record Journalist(JournalistId id, MediaOutletId outletId, String name, String email, String phone,
        String beat, long version) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public Journalist {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(outletId, "outletId");
        if (name == null || name.isBlank()) {
            throw new InvalidFieldException("A journalist", "name", "is missing");
        }
        name = TextLimit.check("Journalist " + name.strip(), "name", name.strip(), TextLimit.SHORT);
        email = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(email).matches()) {
            throw new InvalidFieldException("Journalist " + name, "e-mail address",
                    "\"" + email + "\" is not an e-mail address");
        }
        TextLimit.check("Journalist " + name, "e-mail address", email, TextLimit.SHORT);
        phone = TextLimit.check("Journalist " + name, "phone", phone == null ? "" : phone.strip(), 40);
        beat = TextLimit.check("Journalist " + name, "beat", beat == null ? "" : beat.strip(), TextLimit.SHORT);
    }
}
