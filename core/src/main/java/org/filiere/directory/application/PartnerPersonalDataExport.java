package org.filiere.directory.application;

import java.time.Instant;
import java.util.List;

import org.filiere.directory.PartnerPerson;

/**
 * Everything held about a person from partners' contact cards, for a request to see one's personal data.
 *
 * @param email      the e-mail address the request named
 * @param exportedAt when the export was made
 * @param people     every card held with that address, with every field
 */
public record PartnerPersonalDataExport(String email, Instant exportedAt, List<PartnerPerson> people) {
}
