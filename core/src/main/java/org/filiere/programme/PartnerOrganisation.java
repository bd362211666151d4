package org.filiere.programme;

import java.util.Objects;

import org.filiere.kernel.TextLimit;

/**
 * An organisation the association works with: another cluster, a competitiveness cluster, a school, a funder.
 *
 * @param id      identity
 * @param name    its name
 * @param type    what kind of organisation it is
 * @param contact the person the association deals with there
 * @param version the stored version, for optimistic locking (0 until stored)
 */
public record PartnerOrganisation(PartnerId id, String name, PartnerType type, PartnerContact contact, long version) {

    public PartnerOrganisation {
        Objects.requireNonNull(id, "id");
        if (name == null || name.isBlank()) {
            throw new ProgrammeRefusedException("A partner organisation needs a name");
        }
        name = TextLimit.check("A partner organisation", "name", name.strip(), TextLimit.SHORT);
        if (type == null) {
            throw new ProgrammeRefusedException("Partner organisation " + name + " needs a type");
        }
        if (contact == null) {
            throw new ProgrammeRefusedException("Partner organisation " + name + " needs a contact");
        }
    }

    /** The same organisation with another contact. */
    public PartnerOrganisation withContact(PartnerContact newContact) {
        return new PartnerOrganisation(id, name, type, newContact, version);
    }

    /** The same organisation with a contact that names no one, once its contact person was erased. */
    public PartnerOrganisation withoutContact() {
        return withContact(PartnerContact.erased());
    }
}
