package org.filiere.watch;

import java.util.List;

import org.filiere.member.MemberId;

/**
 * A tender matches a member's profile, for these reasons.
 *
 * @param tenderId the tender
 * @param memberId the member whose profile it matches
 * @param reasons  which criteria it meets, never empty
 */
public record TenderMatch(TenderId tenderId, MemberId memberId, List<MatchReason> reasons) {

    public TenderMatch {
        reasons = List.copyOf(reasons);
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("A match says why it matched");
        }
    }
}
