package org.filiere.watch;

import java.util.List;
import java.util.Set;

/** The rule that a member never gets the same tender twice, whatever digest it came in. */
public final class NoRepeatPolicy {

    private NoRepeatPolicy() {
    }

    /** The matches of one member whose tenders it was not sent before. */
    public static List<TenderMatch> notYetDelivered(List<TenderMatch> matches, Set<TenderId> delivered) {
        return matches.stream().filter(m -> !delivered.contains(m.tenderId())).toList();
    }
}
