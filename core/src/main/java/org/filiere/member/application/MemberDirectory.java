package org.filiere.member.application;

import static org.filiere.access.AccessPolicy.requireStaff;
import static org.filiere.access.AccessPolicy.requireStaffOrRepresentativeOf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.filiere.access.application.BindsCurrentActor;
import org.filiere.member.Member;
import org.filiere.member.MemberId;
import org.filiere.member.MemberQuery;
import org.filiere.member.Members;
import org.filiere.member.MembershipStatus;
import org.filiere.member.NafActivity;
import org.filiere.member.NafNomenclature;
import org.filiere.member.SectorFamilies;
import org.filiere.member.SectorFamily;

/** What staff look up about members: one member, members by criteria, and the year's figures. */
@ApplicationScoped
@BindsCurrentActor
@Transactional
public class MemberDirectory {

    private final Members members;
    private final NafNomenclature naf;
    private final SectorFamilies sectors;

    @Inject
    public MemberDirectory(Members members, NafNomenclature naf, SectorFamilies sectors) {
        this.members = members;
        this.naf = naf;
        this.sectors = sectors;
    }

    /** For the CDI container's proxies. */
    protected MemberDirectory() {
        this(null, null, null);
    }

    public Optional<MemberView> member(MemberId id) {
        requireStaffOrRepresentativeOf(id.value(), "look up a member");
        return members.find(id).map(this::view);
    }

    /** Members matching a query, by SIREN. */
    public List<MemberView> find(MemberQuery query) {
        requireStaff("look up members");
        return members.find(query).stream().map(this::view).toList();
    }

    /** Members of a sector family that were members (admitted or active) in a year. */
    public List<MemberView> bySector(SectorFamily family, int year) {
        requireStaff("look up members by sector");
        return find(MemberQuery.all().inYear(year).withStatus(MembershipStatus.ADMITTED, MembershipStatus.ACTIVE)
                .withActivities(sectors.codesOf(family, naf)));
    }

    /** Membership figures for a year: counts, growth, and members by sector, department, commune and status. */
    public MembershipFigures figures(int year) {
        requireStaff("see the membership figures");
        List<Member> withMembership = members.find(MemberQuery.all().inYear(year));
        Map<SectorFamily, Long> bySector = new LinkedHashMap<>();
        sectors.all().forEach(f -> bySector.put(f, 0L));
        SortedMap<String, Long> byDepartment = new TreeMap<>();
        SortedMap<String, Long> byCommune = new TreeMap<>();
        Map<MembershipStatus, Long> byStatus = new EnumMap<>(MembershipStatus.class);
        long count = 0;
        for (Member m : withMembership) {
            MembershipStatus status = m.statusIn(year).orElseThrow();
            byStatus.merge(status, 1L, Long::sum);
            if (status.isMember()) {
                count++;
                bySector.merge(sectors.familyOf(m.activity()), 1L, Long::sum);
                byDepartment.merge(m.address().department(), 1L, Long::sum);
                byCommune.merge(m.address().commune(), 1L, Long::sum);
            }
        }
        SortedMap<Integer, Long> countsByYear = members.memberCountsByYear();
        long previous = countsByYear.getOrDefault(year - 1, 0L);
        Optional<BigDecimal> growth = previous == 0 ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(count - previous).multiply(BigDecimal.valueOf(100))
                        .divide(BigDecimal.valueOf(previous), 1, RoundingMode.HALF_UP));
        return new MembershipFigures(year, count, previous, growth, bySector, byDepartment, byCommune, byStatus,
                countsByYear);
    }

    private MemberView view(Member m) {
        NafActivity activity = naf.find(m.activity()).orElse(new NafActivity(m.activity(), "(not in the NAF list)"));
        return MemberView.of(m, activity, sectors.familyOf(m.activity()));
    }
}
