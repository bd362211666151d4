package org.filiere.matching;

import java.util.List;

import org.apache.lucene.search.Query;
import org.filiere.member.MemberId;
import org.filiere.watch.MatchReason;

/**
 * A watch profile as a Lucene query, with one query per criterion that can make a tender interesting, to say why
 * a tender matched.
 *
 * @param memberId the member
 * @param query    the whole profile: one interest at least, no excluded word, the places and the value range
 * @param reasons  each keyword, phrase or CPV code with its own query
 */
record ProfileQuery(MemberId memberId, Query query, List<Reason> reasons) {

    /** Whether no tender can match: every keyword, phrase and code of the profile is made of common words only. */
    boolean matchesNothing() {
        return reasons.isEmpty();
    }

    /**
     * One criterion and its query.
     *
     * @param reason the criterion
     * @param query  what a tender must contain to meet it
     */
    record Reason(MatchReason reason, Query query) {
    }
}
