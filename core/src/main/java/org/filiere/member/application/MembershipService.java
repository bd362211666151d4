package org.filiere.member.application;

import static org.filiere.access.AccessPolicy.requireStaff;
import static org.filiere.access.AccessPolicy.requireStaffOrRepresentativeOf;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.filiere.access.application.BindsCurrentActor;
import org.filiere.kernel.DomainEvents;
import org.filiere.kernel.StaleDataException;
import org.filiere.member.Establishment;
import org.filiere.member.Member;
import org.filiere.member.MemberAlreadyExistsException;
import org.filiere.member.MemberId;
import org.filiere.member.MemberQuery;
import org.filiere.member.Members;
import org.filiere.member.NafNomenclature;
import org.filiere.member.RenewalGracePolicy;
import org.filiere.member.application.MembershipCommands.AddEstablishment;
import org.filiere.member.application.MembershipCommands.AdmitMember;
import org.filiere.member.application.MembershipCommands.DescribeMember;
import org.filiere.member.application.MembershipCommands.LapseUnrenewedMembers;
import org.filiere.member.application.MembershipCommands.Reapply;
import org.filiere.member.application.MembershipCommands.RecordDuesPayment;
import org.filiere.member.application.MembershipCommands.RenewMembership;
import org.filiere.member.application.MembershipCommands.ResignMembership;

/** Applications, admissions, dues, renewals, lapsing and resignations. */
@ApplicationScoped
@BindsCurrentActor
@Transactional
public class MembershipService {

    private final Members members;
    private final NafNomenclature naf;
    private final RenewalGracePolicy grace;
    private final DomainEvents events;
    private final Clock clock;

    @Inject
    public MembershipService(Members members, NafNomenclature naf, RenewalGracePolicy grace, DomainEvents events,
            Clock clock) {
        this.members = members;
        this.naf = naf;
        this.grace = grace;
        this.events = events;
        this.clock = clock;
    }

    /** For the CDI container's proxies. */
    protected MembershipService() {
        this(null, null, null, null, null);
    }

    /** A company applies; its activity code must be in the NAF list. */
    public MemberId apply(ApplyForMembership c) {
        String siren = c.headOffice().siren().value();
        requireStaffOrRepresentativeOf(c.actor(), siren, "apply for membership");
        naf.activity(c.activity().value());
        MemberId id = new MemberId(c.headOffice().siren());
        if (members.find(id).isPresent()) {
            throw new MemberAlreadyExistsException(id);
        }
        Member.Applied applied = Member.apply(id, c.name(), c.activity(), c.address(), c.sizeBand(),
                new Establishment(c.headOffice(), c.name(), c.address(), true), c.year(), c.dues(), clock);
        members.save(applied.member());
        events.publish(applied.event());
        return id;
    }

    /** A former member applies again. */
    public void reapply(Reapply c) {
        requireStaffOrRepresentativeOf(c.actor(), c.memberId().value(), "apply for membership");
        Member member = members.get(c.memberId());
        var event = member.reapply(c.year(), c.dues(), clock);
        members.save(member);
        events.publish(event);
    }

    public void admit(AdmitMember c) {
        requireStaff(c.actor(), "admit a member");
        Member member = members.get(c.memberId());
        var event = member.admit(c.year(), clock);
        members.save(member);
        events.publish(event);
    }

    public void recordDuesPayment(RecordDuesPayment c) {
        requireStaff(c.actor(), "record a dues payment");
        Member member = members.get(c.memberId());
        var event = member.payDues(c.year(), c.paidOn(), clock);
        members.save(member);
        events.publish(event);
    }

    public void renew(RenewMembership c) {
        requireStaffOrRepresentativeOf(c.actor(), c.memberId().value(), "renew a membership");
        Member member = members.get(c.memberId());
        var event = member.renew(c.year(), c.dues(), clock);
        members.save(member);
        events.publish(event);
    }

    public void resign(ResignMembership c) {
        requireStaffOrRepresentativeOf(c.actor(), c.memberId().value(), "resign a membership");
        Member member = members.get(c.memberId());
        var event = member.resign(c.year(), c.reason(), clock);
        members.save(member);
        events.publish(event);
    }

    /**
     * Lapses every member of the previous year that has not renewed, or not paid its renewal, once the year's
     * grace date has passed. Running it again lapses nobody twice.
     *
     * @return the members that lapsed
     */
    public List<MemberId> lapseUnrenewed(LapseUnrenewedMembers c) {
        requireStaff(c.actor(), "lapse unrenewed members");
        LocalDate today = LocalDate.now(clock);
        List<MemberId> lapsed = new ArrayList<>();
        for (Member member : members.find(MemberQuery.all().inYear(c.year() - 1))) {
            if (grace.lapses(member, c.year(), today)) {
                var event = member.lapse(c.year(), clock);
                members.save(member);
                events.publish(event);
                lapsed.add(member.id());
            }
        }
        return lapsed;
    }

    public void addEstablishment(AddEstablishment c) {
        requireStaff(c.actor(), "add an establishment");
        Member member = members.get(c.memberId());
        member.addEstablishment(new Establishment(c.siret(), c.name(), c.address(), false));
        members.save(member);
    }

    /**
     * Corrects a member's description, refusing the change if the member changed since the version the staff
     * member read.
     */
    public void describe(DescribeMember c) {
        requireStaff(c.actor(), "change a member's description");
        naf.activity(c.activity().value());
        Member member = members.get(c.memberId());
        if (member.version() != c.expectedVersion()) {
            throw new StaleDataException("member " + member.id(),
                    "you read version " + c.expectedVersion() + ", it is now at version " + member.version());
        }
        member.describe(c.name(), c.activity(), c.address(), c.sizeBand());
        members.save(member);
    }
}
