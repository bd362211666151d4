package org.filiere.directory;

import java.util.Collection;
import java.util.List;

/**
 * Ranks partners' listings by how well what they offer answers a member's words, reading both with French
 * analysis (plurals, inflections, accents aside). Implemented outside core (filiere-matching).
 */
public interface PartnerSearch {

    /**
     * The listings whose name or offer carries at least one of the query's words, best first; every listing given,
     * by name, when the query has no words.
     *
     * @param query    the member's words (its sector and place are already applied to the listings given)
     * @param listings the listings to rank
     */
    List<PartnerListing> rank(PartnerQuery query, Collection<PartnerListing> listings);
}
