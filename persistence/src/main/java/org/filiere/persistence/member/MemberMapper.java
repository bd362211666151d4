package org.filiere.persistence.member;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

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

    /** The member of these rows, its sites in SIRET order and its memberships by year, however they were read. */
    static Member toDomain(MemberEntity e) {
        return new Member(new MemberId(new Siren(e.siren)), e.name, new NafCode(e.nafCode),
                new Address(e.street, e.postcode, e.commune, e.inseeCode), SizeBand.ofInseeCode(e.sizeBand),
                e.establishments.stream().sorted(Comparator.comparing(r -> r.siret)).map(MemberMapper::toDomain)
                        .toList(),
                e.memberships.stream().sorted(Comparator.comparingInt(r -> r.year)).map(MemberMapper::toDomain)
                        .toList(), e.version);
    }

    private static Establishment toDomain(EstablishmentEntity r) {
        return new Establishment(new Siret(r.siret), r.name, new Address(r.street, r.postcode, r.commune, r.inseeCode),
                r.headOffice);
    }

    private static Membership toDomain(MembershipEntity r) {
        return new Membership(r.year, MembershipStatus.valueOf(r.status), new Dues(r.dues),
                Optional.ofNullable(r.paidOn));
    }

    /** Copies a member's state onto its rows: changed rows are updated, new ones added, removed ones deleted. */
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

        Map<String, EstablishmentEntity> sites = e.establishments.stream()
                .collect(Collectors.toMap(r -> r.siret, Function.identity()));
        e.establishments.removeIf(r -> m.establishments().stream().noneMatch(x -> x.siret().value().equals(r.siret)));
        for (Establishment est : m.establishments()) {
            EstablishmentEntity r = sites.get(est.siret().value());
            if (r == null) {
                r = new EstablishmentEntity();
                r.siret = est.siret().value();
                r.member = e;
                e.establishments.add(r);
            }
            r.name = est.name();
            r.street = est.address().street();
            r.postcode = est.address().postcode();
            r.commune = est.address().commune();
            r.inseeCode = est.address().inseeCode();
            r.headOffice = est.headOffice();
        }

        Map<Integer, MembershipEntity> years = e.memberships.stream()
                .collect(Collectors.toMap(r -> r.year, Function.identity()));
        e.memberships.removeIf(r -> m.membership(r.year).isEmpty());
        for (Membership ms : m.memberships()) {
            MembershipEntity r = years.get(ms.year());
            if (r == null) {
                r = new MembershipEntity();
                r.siren = e.siren;
                r.year = ms.year();
                r.member = e;
                e.memberships.add(r);
            }
            r.status = ms.status().name();
            r.dues = ms.dues().amount();
            r.paidOn = ms.paidOn().orElse(null);
        }
    }
}
