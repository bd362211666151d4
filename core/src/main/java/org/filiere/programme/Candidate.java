package org.filiere.programme;

import java.util.Objects;

import org.filiere.member.Member;
import org.filiere.member.SectorFamily;

/**
 * What the eligibility rules look at about a member applying to a programme.
 *
 * @param member        the member
 * @param sector        its sector family, from its NAF code
 * @param charterSigned whether it holds a valid signature of the charter in force
 * @param year          the year of the application
 */
public record Candidate(Member member, SectorFamily sector, boolean charterSigned, int year) {

    public Candidate {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(sector, "sector");
    }

    /** The member as staff name it: {@code Alpes Logiciels (732829320)}. */
    public String describe() {
        return member.name() + " (" + member.id() + ")";
    }
}
