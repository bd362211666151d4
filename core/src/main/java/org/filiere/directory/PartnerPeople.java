package org.filiere.directory;

import java.util.List;
import java.util.Optional;

/** People at partner organisations, from partners' contact cards: personal data, exportable and erasable. */
public interface PartnerPeople {

    /**
     * Stores a new person or the changes to one.
     *
     * @throws org.filiere.kernel.StaleDataException if it changed since it was read
     */
    void save(PartnerPerson person);

    /** The person a source's card gave this id, if it was read. */
    Optional<PartnerPerson> find(PartnerSource source, String externalId);

    Optional<PartnerPerson> find(PartnerPersonId id);

    /** Everyone with this e-mail address (case aside), from any source: what a request about one's data covers. */
    List<PartnerPerson> withEmail(String email);

    /** The people of a source, by name. */
    List<PartnerPerson> of(PartnerSource source);

    /** Erases a person for good. Returns whether there was one. */
    boolean erase(PartnerPersonId id);
}
