package org.filiere.programme;

import java.util.List;
import java.util.Optional;

import org.filiere.kernel.NotFoundException;

/** The association's partner organisations. */
public interface PartnerOrganisations {

    /**
     * Stores a new partner or the changes to one.
     *
     * @throws org.filiere.kernel.StaleDataException if the partner was changed since it was read
     */
    void save(PartnerOrganisation partner);

    Optional<PartnerOrganisation> find(PartnerId id);

    /** The partner with this id. */
    default PartnerOrganisation get(PartnerId id) {
        return find(id).orElseThrow(() -> new NotFoundException("partner organisation " + id));
    }

    /** Every partner, by name. */
    List<PartnerOrganisation> all();

    /** The partners whose contact has this e-mail address (compared in lower case), by name. */
    List<PartnerOrganisation> withContactEmail(String email);
}
