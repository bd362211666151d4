package org.filiere.access;

/** What a person acting on the association's records is, for the purpose of what they may do. */
public enum Role {
    /** A member of the association's staff (chargé(e) de mission, assistant, ...). */
    STAFF,
    /** The association's director, who is also staff. */
    DIRECTOR,
    /** A person who speaks for one member company or organisation. */
    MEMBER_REPRESENTATIVE,
    /** A member of the labelling committee. */
    COMMITTEE_MEMBER;

    /** Whether this role carries the staff's rights. */
    public boolean isStaff() {
        return this == STAFF || this == DIRECTOR;
    }
}
