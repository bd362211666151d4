package org.filiere.persistence.member;

import java.util.Optional;

import org.filiere.member.Address;
import org.filiere.member.Dues;
import org.filiere.member.Establishment;
import org.filiere.member.Member;
import org.filiere.member.MemberId;
import org.filiere.member.Membership;
import org.filiere.member.MembershipStatus;
import org.filiere.member.NafCode;
import org.filiere.member.Siren;
import org.filiere.member.Siret;
import org.filiere.member.SizeBand;

/** Copies members between the domain model and their rows. */
final class MemberMapper {

    private MemberMapper() {
    }

    static Member toDomain(MemberEntity e) {
        return new Member(new MemberId(new Siren(e.siren)), e.name, new NafCode(e.nafCode),
                new Address(e.street, e.postcode, e.commune, e.inseeCode), SizeBand.ofInseeCode(e.sizeBand),
                e.establishments.stream().map(MemberMapper::toDomain).toList(),
                e.memberships.stream().map(MemberMapper::toDomain).toList(), e.version);
    }

    private static Establishment toDomain(EstablishmentRow r) {
        return new Establishment(new Siret(r.siret), r.name, new Address(r.street, r.postcode, r.commune, r.inseeCode),
                r.headOffice);
    }

    private static Membership toDomain(MembershipRow r) {
        return new Membership(r.year, MembershipStatus.valueOf(r.status), new Dues(r.dues), Optional.ofNullable(r.paidOn));
    }

    /** Copies a member's state onto its row, changing only the collection elements that differ. */
    static void copy(Member m, MemberEntity e) {
        e.siren = m.id().value();
        e.name = m.name();
        e.nafCode = m.activity().value();
        e.street = m.address().street();
        e.postcode = m.address().postcode();
        e.commune = m.address().commune();
        e.inseeCode = m.address().inseeCode();
        e.department = m.address().department();
        e.sizeBand = m.sizeBand().inseeCode();
        var establishments = m.establishments().stream().map(MemberMapper::toRow).toList();
        if (!establishments.equals(e.establishments)) {
            e.establishments.retainAll(establishments);
            establishments.stream().filter(r -> !e.establishments.contains(r)).forEach(e.establishments::add);
        }
        var memberships = m.memberships().stream().map(MemberMapper::toRow).toList();
        if (!memberships.equals(e.memberships)) {
            e.memberships.retainAll(memberships);
            memberships.stream().filter(r -> !e.memberships.contains(r)).forEach(e.memberships::add);
        }
    }

    private static EstablishmentRow toRow(Establishment est) {
        EstablishmentRow r = new EstablishmentRow();
        r.siret = est.siret().value();
        r.name = est.name();
        r.street = est.address().street();
        r.postcode = est.address().postcode();
        r.commune = est.address().commune();
        r.inseeCode = est.address().inseeCode();
        r.headOffice = est.headOffice();
        return r;
    }

    private static MembershipRow toRow(Membership m) {
        MembershipRow r = new MembershipRow();
        r.year = m.year();
        r.status = m.status().name();
        r.dues = m.dues().amount();
        r.paidOn = m.paidOn().orElse(null);
        return r;
    }
}
