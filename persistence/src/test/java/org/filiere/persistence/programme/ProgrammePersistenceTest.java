package org.filiere.persistence.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.filiere.fixtures.Fixtures.aStaffMember;
import static org.filiere.fixtures.Fixtures.theDirector;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.filiere.access.Actor;
import org.filiere.charter.application.CharterService;
import org.filiere.fixtures.Fixtures;
import org.filiere.member.Dues;
import org.filiere.member.MemberId;
import org.filiere.member.NafCode;
import org.filiere.member.Siret;
import org.filiere.member.SizeBand;
import org.filiere.member.application.ApplyForMembership;
import org.filiere.member.application.MembershipCommands.AdmitMember;
import org.filiere.member.application.MembershipCommands.RecordDuesPayment;
import org.filiere.member.application.MembershipService;
import org.filiere.persistence.FiliereContainer;
import org.filiere.persistence.TestDatabase;
import org.filiere.programme.AgreementId;
import org.filiere.programme.AgreementStatus;
import org.filiere.programme.CooperationAgreement;
import org.filiere.programme.Enrollment;
import org.filiere.programme.EnrollmentStatus;
import org.filiere.programme.PartnerContact;
import org.filiere.programme.PartnerId;
import org.filiere.programme.PartnerOrganisation;
import org.filiere.programme.PartnerProgramme;
import org.filiere.programme.PartnerProgrammeId;
import org.filiere.programme.PartnerType;
import org.filiere.programme.application.PartnerService;
import org.filiere.programme.application.ProgrammeCommands.AcceptEnrollment;
import org.filiere.programme.application.ProgrammeCommands.AddOutcomeNote;
import org.filiere.programme.application.ProgrammeCommands.ApplyToProgramme;
import org.filiere.programme.application.ProgrammeCommands.ChangePartnerContact;
import org.filiere.programme.application.ProgrammeCommands.CompleteEnrollment;
import org.filiere.programme.application.ProgrammeCommands.DraftAgreement;
import org.filiere.programme.application.ProgrammeCommands.LaunchProgramme;
import org.filiere.programme.application.ProgrammeCommands.RegisterPartner;
import org.filiere.programme.application.ProgrammeCommands.SignAgreement;
import org.filiere.programme.application.ProgrammeFigures;
import org.filiere.programme.application.ProgrammeService;
import org.filiere.wiring.CoreProducers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Partners, agreements and programmes with their eligibility rules and enrollments, on each configured database. */
class ProgrammePersistenceTest {

    static Stream<TestDatabase> databases() {
        return TestDatabase.all();
    }

    private final LocalDate today = LocalDate.now(CoreProducers.ASSOCIATION_ZONE);
    private final int year = today.getYear();
    private final Actor staff = aStaffMember();

    private MemberId aMember(MembershipService memberships, int index, String name, String naf, SizeBand size) {
        MemberId id = memberships.apply(new ApplyForMembership(staff, name, new NafCode(naf),
                Fixtures.anAddressInGrenoble(), size, Siret.parse(Fixtures.SIRETS[index]), year, Dues.euros("450")));
        memberships.admit(new AdmitMember(staff, id, year));
        memberships.recordDuesPayment(new RecordDuesPayment(staff, id, year, today));
        return id;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldStorePartnersAgreementsAndProgrammesWithTheirEnrollments(TestDatabase database) {
        try (FiliereContainer filiere = FiliereContainer.start(database)) {
            MembershipService memberships = filiere.get(MembershipService.class);
            CharterService charter = filiere.get(CharterService.class);
            PartnerService partners = filiere.get(PartnerService.class);
            ProgrammeService programmes = filiere.get(ProgrammeService.class);
            MemberId publisher = aMember(memberships, 0, "Alpes Logiciels", "58.29C", SizeBand.FROM_20_TO_49);
            MemberId tiny = aMember(memberships, 1, "Micro Édition", "58.29A", SizeBand.FROM_1_TO_2);
            MemberId consultancy = aMember(memberships, 2, "Conseil Numérique", "62.02A", SizeBand.FROM_10_TO_19);
            charter.publish(theDirector(), "Charte des Bonnes Pratiques", "Article 1...", LocalDate.of(year, 1, 1));
            charter.sign(staff, publisher, "Anne Roux", "CEO");

            PartnerId cluster = partners.register(new RegisterPartner(staff, "Cluster des éditeurs de logiciels",
                    PartnerType.CLUSTER, new PartnerContact("Julie Bernard", "julie@editeurs.example", "")));
            partners.changeContact(new ChangePartnerContact(staff, cluster,
                    new PartnerContact("Louis Martin", "louis@editeurs.example", "04 76 11 22 33")));
            AgreementId agreement = partners.draftAgreement(new DraftAgreement(staff, cluster,
                    "Joint growth programme", today.minusDays(10), Optional.empty()));
            partners.sign(new SignAgreement(theDirector(), agreement, today.minusDays(5)));
            PartnerProgrammeId growth = programmes.launch(new LaunchProgramme(staff, cluster,
                    "Growth programme for software publishers", today.minusDays(1), today.plusDays(200), 10,
                    programmes.eligibility("all(sector(software-publishing, it-services), size(10-249),"
                            + " any(charter-signed, size(20+)))")));

            programmes.apply(new ApplyToProgramme(staff, growth, publisher));
            programmes.apply(new ApplyToProgramme(staff, growth, tiny));
            programmes.apply(new ApplyToProgramme(staff, growth, consultancy));
            programmes.accept(new AcceptEnrollment(staff, growth, publisher));
            programmes.addOutcomeNote(new AddOutcomeNote(staff, growth, publisher, "Met two investors"));
            programmes.complete(new CompleteEnrollment(staff, growth, publisher, "Export plan written"));

            PartnerOrganisation storedPartner = partners.partner(cluster).orElseThrow();
            assertThat(storedPartner.contact()).isEqualTo(new PartnerContact("Louis Martin", "louis@editeurs.example",
                    "04 76 11 22 33"));
            assertThat(storedPartner.type()).isEqualTo(PartnerType.CLUSTER);
            CooperationAgreement storedAgreement = partners.agreement(agreement).orElseThrow();
            assertThat(storedAgreement.status()).isEqualTo(AgreementStatus.SIGNED);
            assertThat(storedAgreement.signedOn()).contains(today.minusDays(5));
            assertThat(storedAgreement.endsOn()).isEmpty();
            assertThat(partners.inForce(today)).extracting(CooperationAgreement::id).containsExactly(agreement);

            PartnerProgramme stored = programmes.programme(growth).orElseThrow();
            assertThat(stored.eligibility().expression()).isEqualTo("all(sector(software-publishing, it-services),"
                    + " size(10-249), any(charter-signed, size(20+)))");
            assertThat(stored.enrollments()).extracting(Enrollment::memberName, Enrollment::status)
                    .containsExactlyInAnyOrder(tuple("Alpes Logiciels", EnrollmentStatus.COMPLETED),
                            tuple("Micro Édition", EnrollmentStatus.REFUSED),
                            tuple("Conseil Numérique", EnrollmentStatus.REFUSED));
            assertThat(stored.enrollment(publisher).orElseThrow().outcome())
                    .isEqualTo("Met two investors\nExport plan written");
            assertThat(stored.enrollment(consultancy).orElseThrow().refusal().orElseThrow().policy())
                    .isEqualTo("(charter signed or size 20+ employees)");
            ProgrammeFigures figures = programmes.figures(growth);
            assertThat(figures.completed()).isEqualTo(1);
            assertThat(figures.placesLeft()).isEqualTo(9);
            assertThat(figures.refusalsByRule()).containsExactly(
                    Map.entry("(charter signed or size 20+ employees)", 1L), Map.entry("size 10-249 employees", 1L));
            assertThat(programmes.programmesOf(tiny)).extracting(PartnerProgramme::id).containsExactly(growth);
            assertThat(programmes.programmesOf(new MemberId(Siret.parse(Fixtures.SIRETS[5]).siren()))).isEmpty();
        }
    }
}
