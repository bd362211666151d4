package org.filiere.watch;

import java.util.Collection;
import java.util.List;

/**
 * The matching engine: which members' profiles each tender matches, and why. It follows the rules of
 * {@link WatchCriteria}; inactive profiles match nothing.
 */
public interface TenderMatcher {

    /**
     * Matches tenders against profiles.
     *
     * @param profiles the profiles to match against (an engine may keep them between calls, and update only what
     *                 changed)
     * @param tenders  the tenders
     * @return every match, ordered by tender (as given) then member
     */
    List<TenderMatch> match(Collection<WatchProfile> profiles, Collection<Tender> tenders);
}
