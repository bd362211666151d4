package org.filiere.member.application;

import java.util.List;

import org.filiere.member.Address;
import org.filiere.member.Establishment;
import org.filiere.member.Member;
import org.filiere.member.MemberId;
import org.filiere.member.Membership;
import org.filiere.member.NafActivity;
import org.filiere.member.SectorFamily;
import org.filiere.member.SizeBand;

/**
 * A read-only picture of a member, for screens and reports.
 *
 * @param id             the SIREN
 * @param name           name
 * @param activity       NAF code and title
 * @param sector         the sector family derived from the activity
 * @param address        head office address
 * @param sizeBand       size
 * @param establishments every establishment
 * @param memberships    every membership, by year
 * @param version        the version read, to pass back with a change
 */
public record MemberView(MemberId id, String name, NafActivity activity, SectorFamily sector, Address address,
        SizeBand sizeBand, List<Establishment> establishments, List<Membership> memberships, long version) {

    static MemberView of(Member m, NafActivity activity, SectorFamily sector) {
        return new MemberView(m.id(), m.name(), activity, sector, m.address(), m.sizeBand(), m.establishments(),
                m.memberships(), m.version());
    }
}
