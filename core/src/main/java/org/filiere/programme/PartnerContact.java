package org.filiere.programme;

import java.util.regex.Pattern;

import org.filiere.kernel.TextLimit;

/**
 * The person the association deals with at a partner organisation.
 *
 * @param name  full name
 * @param email e-mail address (may be empty)
 * @param phone phone number, as given (may be empty)
 */
public record PartnerContact(String name, String email, String phone) {

    /** The name a contact keeps once the person asked to be erased (the organisation needs a contact). */
    public static final String ERASED_NAME = "Erased person";

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int MAX_PHONE = 40;

    public PartnerContact {
        if (name == null || name.isBlank()) {
            throw new ProgrammeRefusedException("A partner's contact needs a name");
        }
        name = TextLimit.check("A partner's contact", "name", name.strip(), TextLimit.SHORT);
        email = email == null ? "" : email.strip();
        phone = TextLimit.check("Partner contact " + name, "phone number", phone == null ? "" : phone.strip(),
                MAX_PHONE);
        TextLimit.check("Partner contact " + name, "e-mail address", email, TextLimit.SHORT);
        if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
            throw new ProgrammeRefusedException("The e-mail address \"" + email + "\" of partner contact " + name
                    + " is not an e-mail address");
        }
    }

    /** A contact that names no one: what an organisation keeps when its contact person was erased. */
    public static PartnerContact erased() {
        return new PartnerContact(ERASED_NAME, "", "");
    }
}
