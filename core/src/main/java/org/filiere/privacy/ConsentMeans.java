package org.filiere.privacy;

/** How a consent was given or withdrawn, as the data protection officer must be able to show it. */
public enum ConsentMeans {

    /** A form the person filled in online. */
    ONLINE_FORM,

    /** A signed paper form. */
    PAPER_FORM,

    /** An e-mail from the person. */
    EMAIL,

    /** Said in person or on the phone, and recorded by staff. */
    ORALLY,

    /** Named as a recipient in the member's watch profile by the member's representative or staff. */
    MEMBER_PROFILE,

    /** Given or withdrawn by the member's representative for the member (directory). */
    MEMBER_REPRESENTATIVE,

    /** Recorded by staff without saying how the person gave it. */
    RECORDED_BY_STAFF,

    /** The unsubscribe link of a mail. */
    UNSUBSCRIBE_LINK,

    /**
     * Given or withdrawn before the consent history was kept: the history's row was written, by the system, from the
     * feature's own record of it (a letter subscription, a directory consent) and its date.
     */
    RECORDED_BEFORE_HISTORY
}
