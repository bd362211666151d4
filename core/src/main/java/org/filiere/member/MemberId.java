package org.filiere.member;

/**
 * A member's identity: its SIREN.
 *
 * @param siren the company's SIREN
 */
public record MemberId(Siren siren) {

    /** The id of the member with this SIREN, written in any usual form. */
    public static MemberId of(String siren) {
        return new MemberId(Siren.parse(siren));
    }

    /** The SIREN as nine digits. */
    public String value() {
        return siren.value();
    }

    @Override
    public String toString() {
        return siren.value();
    }
}
