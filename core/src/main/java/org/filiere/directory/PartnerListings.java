package org.filiere.directory;

import java.util.List;
import java.util.Optional;

/** Organisations listed in partners' directories, wherever they are stored. */
public interface PartnerListings {

    /**
     * Stores a new listing or the changes to one.
     *
     * @throws org.filiere.kernel.StaleDataException if it changed since it was read, or if a new listing's source
     *         and id were taken at the same moment
     */
    void save(PartnerListing listing);

    /** The listing a source gave this id, if it was read. */
    Optional<PartnerListing> find(PartnerSource source, String externalId);

    Optional<PartnerListing> find(PartnerListingId id);

    /** Every listing, by name. */
    List<PartnerListing> all();

    /** How many listings each source gave. */
    long count(PartnerSource source);

    /** The listings whose e-mail address is this one (compared in lower case), by name. */
    List<PartnerListing> withEmail(String email);
}
