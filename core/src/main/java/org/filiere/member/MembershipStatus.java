package org.filiere.member;

/** Where a member stands for one calendar year. */
public enum MembershipStatus {
    /** The company asked to join; staff have not decided yet. */
    APPLIED,
    /** Staff admitted it (or it renewed); its dues for the year are not paid yet. */
    ADMITTED,
    /** Admitted and dues paid: a full member for the year. */
    ACTIVE,
    /** It did not renew (or pay) by the grace date. */
    LAPSED,
    /** It left the association. */
    RESIGNED;

    /** Whether the company counts as a member in that year (admitted or active). */
    public boolean isMember() {
        return this == ADMITTED || this == ACTIVE;
    }
}
