package org.filiere.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.filiere.fixtures.Fixtures.aStaffMember;
import static org.filiere.fixtures.Fixtures.theDirector;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;
import java.util.Optional;

import org.filiere.access.AccessRefusedException;
import org.filiere.access.Actor;
import org.filiere.charter.application.CharterService;
import org.filiere.fixtures.Fixtures;
import org.filiere.fixtures.InMemoryCharters;
import org.filiere.fixtures.InMemoryCooperationAgreements;
import org.filiere.fixtures.InMemoryMembers;
import org.filiere.fixtures.InMemoryPartnerOrganisations;
import org.filiere.fixtures.InMemoryPartnerProgrammes;
import org.filiere.fixtures.InMemorySignatures;
import org.filiere.fixtures.MutableClock;
import org.filiere.fixtures.RecordedEvents;
import org.filiere.member.Dues;
import org.filiere.member.MemberId;
import org.filiere.member.NafCode;
import org.filiere.member.NafNomenclature;
import org.filiere.member.RenewalGracePolicy;
import org.filiere.member.SectorFamilies;
import org.filiere.member.Siret;
import org.filiere.member.SizeBand;
import org.filiere.member.application.ApplyForMembership;
import org.filiere.member.application.MembershipCommands.AdmitMember;
import org.filiere.member.application.MembershipCommands.RecordDuesPayment;
import org.filiere.member.application.MembershipService;
import org.filiere.programme.AgreementId;
import org.filiere.programme.CooperationAgreementSigned;
import org.filiere.programme.CooperationAgreementTerminated;
import org.filiere.programme.Enrollment;
import org.filiere.programme.EnrollmentAccepted;
import org.filiere.programme.EnrollmentApplied;
import org.filiere.programme.EnrollmentCompleted;
import org.filiere.programme.EnrollmentRefused;
import org.filiere.programme.EnrollmentStatus;
import org.filiere.programme.PartnerContact;
import org.filiere.programme.PartnerId;
import org.filiere.programme.PartnerProgrammeId;
import org.filiere.programme.PartnerType;
import org.filiere.programme.ProgrammeRefusedException;
import org.filiere.programme.application.PartnerService;
import org.filiere.programme.application.ProgrammeCommands.AcceptEnrollment;
import org.filiere.programme.application.ProgrammeCommands.AddOutcomeNote;
import org.filiere.programme.application.ProgrammeCommands.ApplyToProgramme;
import org.filiere.programme.application.ProgrammeCommands.CompleteEnrollment;
import org.filiere.programme.application.ProgrammeCommands.DraftAgreement;
import org.filiere.programme.application.ProgrammeCommands.LaunchProgramme;
import org.filiere.programme.application.ProgrammeCommands.RefuseEnrollment;
import org.filiere.programme.application.ProgrammeCommands.RegisterPartner;
import org.filiere.programme.application.ProgrammeCommands.SignAgreement;
import org.filiere.programme.application.ProgrammeCommands.TerminateAgreement;
import org.filiere.programme.application.ProgrammeFigures;
import org.filiere.programme.application.ProgrammeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Partner organisations, agreements and programmes through the application services, with the real charter. */
class ProgrammeServicesTest {

    private static final int YEAR = 2025;

    private final MutableClock clock = new MutableClock(LocalDate.of(YEAR, 9, 15));
    private final InMemoryMembers members = new InMemoryMembers();
    private final RecordedEvents events = new RecordedEvents();
    private final MembershipService memberships = new MembershipService(members, NafNomenclature.shipped(),
            new RenewalGracePolicy(MonthDay.of(3, 31)), events, clock);
    private final CharterService charter = new CharterService(new InMemoryCharters(), new InMemorySignatures(),
            members, events, clock);
    private final InMemoryPartnerOrganisations partnerStore = new InMemoryPartnerOrganisations();
    private final PartnerService partners = new PartnerService(partnerStore, new InMemoryCooperationAgreements(),
            events, clock);
    private final ProgrammeService programmes = new ProgrammeService(new InMemoryPartnerProgrammes(), partnerStore,
            members, SectorFamilies.shipped(), charter, events, clock);
    private final Actor staff = aStaffMember();

    private MemberId publisher;
    private MemberId smallPublisher;
    private MemberId consultancy;
    private MemberId applicant;
    private PartnerId publishersCluster;
    private PartnerId sustainabilityCentre;

    private MemberId aMember(int index, String name, String naf, SizeBand size, boolean pays) {
        MemberId id = memberships.apply(new ApplyForMembership(staff, name, new NafCode(naf),
                Fixtures.anAddressInGrenoble(), size, Siret.parse(Fixtures.SIRETS[index]), YEAR, Dues.euros("450")));
        memberships.admit(new AdmitMember(staff, id, YEAR));
        if (pays) {
            memberships.recordDuesPayment(new RecordDuesPayment(staff, id, YEAR, LocalDate.of(YEAR, 2, 1)));
        }
        return id;
    }

    @BeforeEach
    void membersACharterAndPartners() {
        publisher = aMember(0, "Alpes Logiciels", "58.29C", SizeBand.FROM_20_TO_49, true);
        smallPublisher = aMember(1, "Micro Édition", "58.29A", SizeBand.FROM_1_TO_2, true);
        consultancy = aMember(2, "Conseil Numérique", "62.02A", SizeBand.FROM_10_TO_19, true);
        applicant = aMember(3, "Nouvelle Pousse", "62.01Z", SizeBand.FROM_3_TO_5, false);
        charter.publish(theDirector(), "Charte des Bonnes Pratiques", "Article 1...", LocalDate.of(YEAR, 1, 1));
        charter.sign(staff, publisher, "Anne Roux", "CEO");
        charter.sign(staff, smallPublisher, "Bruno Petit", "CEO");
        publishersCluster = partners.register(new RegisterPartner(staff, "Cluster des éditeurs de logiciels",
                PartnerType.CLUSTER, new PartnerContact("Julie Bernard", "julie.bernard@editeurs.example", "")));
        sustainabilityCentre = partners.register(new RegisterPartner(staff, "Centre de ressources développement"
                + " durable", PartnerType.OTHER, new PartnerContact("Marc Girard", "", "04 76 00 00 00")));
        events.clear();
    }

    private PartnerProgrammeId growthProgramme(int places) {
        return programmes.launch(new LaunchProgramme(staff, publishersCluster,
                "Growth programme for software publishers", LocalDate.of(YEAR, 10, 1), LocalDate.of(YEAR + 1, 6, 30),
                places, programmes.eligibility("all(sector(software-publishing), size(10-249), charter-signed)")));
    }

    private Enrollment apply(PartnerProgrammeId programme, MemberId member) {
        return programmes.apply(new ApplyToProgramme(staff, programme, member));
    }

    @Test
    void shouldEnrollEligibleMembersAndRecordWhichRuleRefusedTheOthers() {
        PartnerProgrammeId growth = growthProgramme(10);
        PartnerProgrammeId pilot = programmes.launch(new LaunchProgramme(staff, sustainabilityCentre,
                "Sustainable-development pilot", LocalDate.of(YEAR, 9, 1), LocalDate.of(YEAR, 12, 15), 3,
                programmes.eligibility("active-membership")));

        assertThat(apply(growth, publisher).status()).isEqualTo(EnrollmentStatus.APPLIED);
        assertThat(apply(growth, smallPublisher).refusal().orElseThrow().policy()).isEqualTo("size 10-249 employees");
        assertThat(apply(growth, consultancy).refusal().orElseThrow().policy()).isEqualTo("sector Software publishing");
        assertThat(apply(pilot, consultancy).status()).isEqualTo(EnrollmentStatus.APPLIED);
        assertThat(apply(pilot, applicant).refusal().orElseThrow().reason())
                .isEqualTo("Nouvelle Pousse (" + applicant + ") is not an active member in 2025 (its membership is"
                        + " ADMITTED)");
        programmes.accept(new AcceptEnrollment(staff, growth, publisher));
        programmes.accept(new AcceptEnrollment(staff, pilot, consultancy));
        programmes.addOutcomeNote(new AddOutcomeNote(staff, pilot, consultancy, "Carbon footprint measured"));
        Enrollment completed = programmes.complete(new CompleteEnrollment(staff, pilot, consultancy,
                "Energy use down 12 %"));

        assertThat(completed.outcome()).isEqualTo("Carbon footprint measured\nEnergy use down 12 %");
        ProgrammeFigures growthFigures = programmes.figures(growth);
        assertThat(growthFigures.partner()).isEqualTo("Cluster des éditeurs de logiciels");
        assertThat(growthFigures.accepted()).isEqualTo(1);
        assertThat(growthFigures.refused()).isEqualTo(2);
        assertThat(growthFigures.placesLeft()).isEqualTo(9);
        assertThat(growthFigures.refusalsByRule()).containsExactly(Map.entry("sector Software publishing", 1L),
                Map.entry("size 10-249 employees", 1L));
        assertThat(programmes.figures(YEAR)).extracting(ProgrammeFigures::title, ProgrammeFigures::completed)
                .containsExactly(tuple("Sustainable-development pilot", 1L),
                        tuple("Growth programme for software publishers", 0L));
        assertThat(programmes.programmesOf(consultancy)).hasSize(2);
        assertThat(events.all()).extracting(e -> e.getClass().getSimpleName()).containsExactly("EnrollmentApplied",
                "EnrollmentRefused", "EnrollmentRefused", "EnrollmentApplied", "EnrollmentRefused",
                "EnrollmentAccepted", "EnrollmentAccepted", "EnrollmentCompleted");
        assertThat(events.ofType(EnrollmentApplied.class)).hasSize(2);
        assertThat(events.ofType(EnrollmentRefused.class)).hasSize(3);
        assertThat(events.ofType(EnrollmentAccepted.class)).hasSize(2);
        assertThat(events.ofType(EnrollmentCompleted.class)).singleElement()
                .satisfies(e -> assertThat(e.memberId()).isEqualTo(consultancy));
    }

    @Test
    void shouldRefuseAtAcceptanceAMemberWhoseCharterSignatureWasRevoked() {
        PartnerProgrammeId growth = growthProgramme(10);
        apply(growth, publisher);
        charter.revokeCurrent(staff, publisher, "at the member's request");

        Enrollment enrollment = programmes.accept(new AcceptEnrollment(staff, growth, publisher));

        assertThat(enrollment.status()).isEqualTo(EnrollmentStatus.REFUSED);
        assertThat(enrollment.refusal().orElseThrow().policy()).isEqualTo("charter signed");
    }

    @Test
    void shouldNeverAcceptMoreMembersThanPlaces() {
        PartnerProgrammeId growth = growthProgramme(1);
        MemberId second = aMember(4, "Belledonne Software", "58.29C", SizeBand.FROM_10_TO_19, true);
        charter.sign(staff, second, "Eva Blanc", "CEO");
        apply(growth, publisher);
        apply(growth, second);
        programmes.accept(new AcceptEnrollment(staff, growth, publisher));

        assertThatThrownBy(() -> programmes.accept(new AcceptEnrollment(staff, growth, second)))
                .isInstanceOf(ProgrammeRefusedException.class)
                .hasMessageContaining("is full: its 1 places are taken");
        programmes.refuse(new RefuseEnrollment(staff, growth, second, "no place left this year"));
        assertThat(programmes.figures(growth).refusalsByRule()).containsExactly(Map.entry("staff decision", 1L));
    }

    @Test
    void shouldLetOnlyStaffOrTheMembersRepresentativeApplyAndOnlyStaffDecide() {
        PartnerProgrammeId growth = growthProgramme(10);
        Actor ownRepresentative = Actor.representativeOf(publisher.value(), "anne-roux", "Anne Roux");
        assertThat(programmes.apply(new ApplyToProgramme(ownRepresentative, growth, publisher)).status())
                .isEqualTo(EnrollmentStatus.APPLIED);
        assertThatThrownBy(() -> programmes.apply(new ApplyToProgramme(ownRepresentative, growth, consultancy)))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> programmes.accept(new AcceptEnrollment(ownRepresentative, growth, publisher)))
                .isInstanceOf(AccessRefusedException.class)
                .hasMessage("Anne Roux may not accept an enrollment: only staff may.");
    }

    @Test
    void shouldKeepAgreementsWithPartnersFromDraftToTermination() {
        AgreementId agreement = partners.draftAgreement(new DraftAgreement(staff, publishersCluster,
                "Joint growth programme for software publishers", LocalDate.of(YEAR, 1, 1),
                Optional.of(LocalDate.of(YEAR + 2, 12, 31))));
        assertThatThrownBy(() -> partners.sign(new SignAgreement(staff, agreement, LocalDate.of(YEAR, 2, 3))))
                .isInstanceOf(AccessRefusedException.class);
        partners.sign(new SignAgreement(theDirector(), agreement, LocalDate.of(YEAR, 2, 3)));

        assertThat(partners.inForce(LocalDate.now(clock))).extracting(a -> a.subject())
                .containsExactly("Joint growth programme for software publishers");
        partners.terminate(new TerminateAgreement(theDirector(), agreement, LocalDate.of(YEAR, 10, 1),
                "The partner merged into a larger cluster"));
        assertThat(partners.inForce(LocalDate.of(YEAR, 10, 2))).isEmpty();
        assertThat(partners.agreementsOf(publishersCluster)).singleElement()
                .satisfies(a -> assertThat(a.terminationReason())
                        .isEqualTo("The partner merged into a larger cluster"));
        assertThat(events.ofType(CooperationAgreementSigned.class)).hasSize(1);
        assertThat(events.ofType(CooperationAgreementTerminated.class)).hasSize(1);
        assertThat(partners.partners()).extracting(p -> p.type()).containsExactly(PartnerType.OTHER,
                PartnerType.CLUSTER);
    }
}
