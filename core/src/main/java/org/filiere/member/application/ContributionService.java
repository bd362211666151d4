package org.filiere.member.application;

import static org.filiere.access.AccessPolicy.requireStaff;
import static org.filiere.access.AccessPolicy.requireStaffOrRepresentativeOf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.filiere.access.Actor;
import org.filiere.access.application.BindsCurrentActor;
import org.filiere.member.Contribution;
import org.filiere.member.ContributionKind;
import org.filiere.member.Contributions;
import org.filiere.member.MemberId;
import org.filiere.member.MemberQuery;
import org.filiere.member.Members;
import org.filiere.member.MembershipStatus;

/** The days members give to the association's work, and their average per member. */
@ApplicationScoped
@BindsCurrentActor
@Transactional
public class ContributionService {

    private final Contributions contributions;
    private final Members members;

    @Inject
    public ContributionService(Contributions contributions, Members members) {
        this.contributions = contributions;
        this.members = members;
    }

    /** For the CDI container's proxies. */
    protected ContributionService() {
        this(null, null);
    }

    /** Records days a member gave; staff only. */
    public UUID record(Actor actor, MemberId memberId, LocalDate on, ContributionKind kind, BigDecimal days,
            String description) {
        requireStaff(actor, "record a member's contribution");
        members.get(memberId);
        UUID id = UUID.randomUUID();
        contributions.add(new Contribution(id, memberId, on, kind, days, description));
        return id;
    }

    public List<Contribution> ofMember(MemberId memberId, int year) {
        requireStaffOrRepresentativeOf(memberId.value(), "see a member's contributions");
        return contributions.ofMember(memberId, year);
    }

    /**
     * Days given in a year by the companies that were members that year, and their average per member (members
     * who gave nothing count in the average).
     */
    public ContributionFigures figures(int year) {
        requireStaff("see the year's contribution figures");
        List<MemberId> memberIds = members.find(MemberQuery.all().inYear(year)
                .withStatus(MembershipStatus.ADMITTED, MembershipStatus.ACTIVE)).stream().map(m -> m.id()).toList();
        Map<MemberId, BigDecimal> byMember = contributions.daysByMember(year);
        BigDecimal total = memberIds.stream().map(id -> byMember.getOrDefault(id, BigDecimal.ZERO))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        long contributors = memberIds.stream().filter(byMember::containsKey).count();
        BigDecimal average = memberIds.isEmpty() ? BigDecimal.ZERO
                : total.divide(BigDecimal.valueOf(memberIds.size()), 1, RoundingMode.HALF_UP);
        return new ContributionFigures(year, memberIds.size(), contributors, total, average);
    }
}
