package org.filiere.programme.application;

import static org.filiere.access.AccessPolicy.requireStaff;
import static org.filiere.access.AccessPolicy.requireStaffOrRepresentativeOf;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.filiere.access.application.BindsCurrentActor;
import org.filiere.charter.application.CharterService;
import org.filiere.kernel.DomainEvent;
import org.filiere.kernel.DomainEvents;
import org.filiere.member.Member;
import org.filiere.member.MemberId;
import org.filiere.member.Members;
import org.filiere.member.SectorFamilies;
import org.filiere.programme.Candidate;
import org.filiere.programme.EligibilityPolicy;
import org.filiere.programme.EligibilityRefusal;
import org.filiere.programme.EligibilityRules;
import org.filiere.programme.Enrollment;
import org.filiere.programme.EnrollmentStatus;
import org.filiere.programme.PartnerId;
import org.filiere.programme.PartnerOrganisation;
import org.filiere.programme.PartnerOrganisations;
import org.filiere.programme.PartnerProgramme;
import org.filiere.programme.PartnerProgrammeId;
import org.filiere.programme.PartnerProgrammes;
import org.filiere.programme.application.ProgrammeCommands.AcceptEnrollment;
import org.filiere.programme.application.ProgrammeCommands.AddOutcomeNote;
import org.filiere.programme.application.ProgrammeCommands.ApplyToProgramme;
import org.filiere.programme.application.ProgrammeCommands.CompleteEnrollment;
import org.filiere.programme.application.ProgrammeCommands.LaunchProgramme;
import org.filiere.programme.application.ProgrammeCommands.RefuseEnrollment;

/**
 * Partner programmes and the enrollment of members: the eligibility rules are applied to what the association
 * knows of the member (sector family from its NAF code, size band, charter signature, membership of the year).
 */
@ApplicationScoped
@BindsCurrentActor
@Transactional
public class ProgrammeService {

    private final PartnerProgrammes programmes;
    private final PartnerOrganisations partners;
    private final Members members;
    private final SectorFamilies sectors;
    private final CharterService charter;
    private final DomainEvents events;
    private final Clock clock;

    @Inject
    public ProgrammeService(PartnerProgrammes programmes, PartnerOrganisations partners, Members members,
            SectorFamilies sectors, CharterService charter, DomainEvents events, Clock clock) {
        this.programmes = programmes;
        this.partners = partners;
        this.members = members;
        this.sectors = sectors;
        this.charter = charter;
        this.events = events;
        this.clock = clock;
    }

    /** For the CDI container's proxies. */
    protected ProgrammeService() {
        this(null, null, null, null, null, null, null);
    }

    /** Reads eligibility rules in their text form, with the configured sector families. */
    public EligibilityPolicy eligibility(String rules) {
        requireStaff("read eligibility rules");
        return EligibilityRules.parse(rules, sectors);
    }

    public PartnerProgrammeId launch(LaunchProgramme c) {
        requireStaff(c.actor(), "launch a partner programme");
        partners.get(c.partnerId());
        PartnerProgramme programme = PartnerProgramme.launch(PartnerProgrammeId.random(), c.partnerId(), c.title(),
                c.startsOn(), c.endsOn(), c.places(), c.eligibility());
        programmes.save(programme);
        return programme.id();
    }

    /**
     * A member applies; the eligibility rules decide at once whether the application stands or is refused.
     *
     * @return the enrollment as recorded
     */
    public Enrollment apply(ApplyToProgramme c) {
        requireStaffOrRepresentativeOf(c.actor(), c.memberId().value(), "apply to a partner programme");
        PartnerProgramme programme = programmes.get(c.programmeId());
        LocalDate today = LocalDate.now(clock);
        DomainEvent event = programme.apply(candidate(c.memberId(), today), today, clock);
        return saved(programme, c.memberId(), event);
    }

    /**
     * Staff accept an application, if a place is left and the member still meets the rules; otherwise the rule
     * that no longer holds refuses it.
     *
     * @return the enrollment as recorded
     */
    public Enrollment accept(AcceptEnrollment c) {
        requireStaff(c.actor(), "accept an enrollment");
        PartnerProgramme programme = programmes.get(c.programmeId());
        LocalDate today = LocalDate.now(clock);
        DomainEvent event = programme.accept(candidate(c.memberId(), today), today, clock);
        return saved(programme, c.memberId(), event);
    }

    public Enrollment refuse(RefuseEnrollment c) {
        requireStaff(c.actor(), "refuse an enrollment");
        PartnerProgramme programme = programmes.get(c.programmeId());
        DomainEvent event = programme.refuse(c.memberId(), c.reason(), c.actor().name(), LocalDate.now(clock), clock);
        return saved(programme, c.memberId(), event);
    }

    public Enrollment complete(CompleteEnrollment c) {
        requireStaff(c.actor(), "record a completed programme");
        PartnerProgramme programme = programmes.get(c.programmeId());
        DomainEvent event = programme.complete(c.memberId(), LocalDate.now(clock), c.outcome(), clock);
        return saved(programme, c.memberId(), event);
    }

    public void addOutcomeNote(AddOutcomeNote c) {
        requireStaff(c.actor(), "write a programme outcome note");
        PartnerProgramme programme = programmes.get(c.programmeId());
        programme.addOutcomeNote(c.memberId(), c.note());
        programmes.save(programme);
    }

    private Enrollment saved(PartnerProgramme programme, MemberId memberId, DomainEvent event) {
        programmes.save(programme);
        events.publish(event);
        return programme.enrollment(memberId).orElseThrow();
    }

    private Candidate candidate(MemberId memberId, LocalDate on) {
        Member member = members.get(memberId);
        return new Candidate(member, sectors.familyOf(member.activity()), charter.hasSignedCurrent(memberId),
                on.getYear());
    }

    public Optional<PartnerProgramme> programme(PartnerProgrammeId id) {
        requireStaff("look up a partner programme");
        return programmes.find(id);
    }

    /** Every programme, by start date. */
    public List<PartnerProgramme> programmes() {
        requireStaff("see the partner programmes");
        return programmes.all();
    }

    /** The programmes a member applied to. */
    public List<PartnerProgramme> programmesOf(MemberId memberId) {
        requireStaffOrRepresentativeOf(memberId.value(), "see a member's programmes");
        return programmes.withEnrollmentOf(memberId);
    }

    /** A programme's figures. */
    public ProgrammeFigures figures(PartnerProgrammeId id) {
        requireStaff("see programme figures");
        PartnerProgramme programme = programmes.get(id);
        return figures(programme, partners.find(programme.partnerId()).map(PartnerOrganisation::name).orElse("?"));
    }

    /** The figures of every programme running at some point in a year; the partners are read once for all. */
    public List<ProgrammeFigures> figures(int year) {
        requireStaff("see programme figures");
        List<PartnerProgramme> running = programmes.all().stream()
                .filter(p -> p.startsOn().getYear() <= year && p.endsOn().getYear() >= year).toList();
        if (running.isEmpty()) {
            return List.of();
        }
        Map<PartnerId, String> partnerNames = partners.all().stream()
                .collect(Collectors.toMap(PartnerOrganisation::id, PartnerOrganisation::name));
        return running.stream().map(p -> figures(p, partnerNames.getOrDefault(p.partnerId(), "?"))).toList();
    }

    private static ProgrammeFigures figures(PartnerProgramme p, String partner) {
        Map<String, Long> byRule = p.enrollments(EnrollmentStatus.REFUSED).stream()
                .map(e -> e.refusal().map(EligibilityRefusal::policy).orElseThrow())
                .collect(Collectors.groupingBy(rule -> rule, Collectors.counting()));
        return new ProgrammeFigures(p.id(), p.title(), partner, p.startsOn(), p.endsOn(), p.places(), p.placesLeft(),
                p.enrollments(EnrollmentStatus.APPLIED).size(), p.enrollments(EnrollmentStatus.ACCEPTED).size(),
                p.enrollments(EnrollmentStatus.REFUSED).size(), p.enrollments(EnrollmentStatus.COMPLETED).size(),
                byRule);
    }
}
