package org.filiere.privacy;

/** What a consent is given for: each sending or publication that needs one checks the consent of its purpose. */
public enum ConsentPurpose {

    /** The weekly digests of calls for tender, sent to the addresses a member's watch profile names. */
    TENDER_DIGESTS(false),

    /** The technology letter (the newsletter of the technology watch). */
    TECH_LETTER(false),

    /** A member's listing in the association's public directory; given by or for the member. */
    PUBLIC_DIRECTORY(true);

    private final boolean heldByMember;

    ConsentPurpose(boolean heldByMember) {
        this.heldByMember = heldByMember;
    }

    /** Whether a member (by SIREN) holds consents of this purpose, rather than a person (by e-mail address). */
    public boolean heldByMember() {
        return heldByMember;
    }
}
