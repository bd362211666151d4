package org.filiere.directory;

import java.util.Objects;
import java.util.Optional;

import org.filiere.kernel.TextLimit;

/**
 * What a partner's contact card (vCard, jCard) says of a person. Personal data.
 *
 * @param name         full name
 * @param organisation the organisation they work for, as written
 * @param role         their title or role there
 * @param email        e-mail address, if given
 * @param phone        phone number, if given
 */
public record PartnerPersonDetails(String name, String organisation, String role, Optional<String> email,
        Optional<String> phone) {

    public PartnerPersonDetails {
        name = PartnerFields.required("A partner's contact card", "name", name, TextLimit.SHORT);
        String record = "Contact card of " + name;
        organisation = PartnerFields.optional(record, "organisation", organisation, TextLimit.SHORT);
        role = PartnerFields.optional(record, "role", role, TextLimit.SHORT);
        email = PartnerFields.email(record, email);
        phone = Objects.requireNonNull(phone, "phone").map(String::strip).filter(p -> !p.isEmpty())
                .map(p -> TextLimit.check(record, "phone", p, 40));
    }
}
