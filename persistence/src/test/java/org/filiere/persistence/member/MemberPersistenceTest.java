package org.filiere.persistence.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.filiere.fixtures.Fixtures.aStaffMember;
import static org.filiere.fixtures.Fixtures.anApplication;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.filiere.fixtures.Fixtures;
import org.filiere.member.Address;
import org.filiere.member.ContactId;
import org.filiere.member.ContributionKind;
import org.filiere.member.Dues;
import org.filiere.member.MemberAlreadyExistsException;
import org.filiere.member.MemberId;
import org.filiere.member.MemberQuery;
import org.filiere.member.MembershipStatus;
import org.filiere.member.NafCode;
import org.filiere.member.SectorFamilies;
import org.filiere.member.Siret;
import org.filiere.member.SizeBand;
import org.filiere.member.application.ApplyForMembership;
import org.filiere.member.application.ContactService;
import org.filiere.member.application.ContributionService;
import org.filiere.member.application.MemberDirectory;
import org.filiere.member.application.MemberView;
import org.filiere.member.application.MembershipCommands.AddEstablishment;
import org.filiere.member.application.MembershipCommands.AdmitMember;
import org.filiere.member.application.MembershipCommands.RecordDuesPayment;
import org.filiere.member.application.MembershipCommands.RenewMembership;
import org.filiere.member.application.MembershipService;
import org.filiere.persistence.FiliereContainer;
import org.filiere.persistence.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Members, contacts and contributions stored through the services, on each configured database. */
class MemberPersistenceTest {

    static java.util.stream.Stream<TestDatabase> databases() {
        return TestDatabase.all();
    }

    private static MemberId anActiveMember(MembershipService service, ApplyForMembership application) {
        MemberId id = service.apply(application);
        service.admit(new AdmitMember(aStaffMember(), id, application.year()));
        service.recordDuesPayment(new RecordDuesPayment(aStaffMember(), id, application.year(),
                LocalDate.of(application.year(), 1, 31)));
        return id;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldStoreAMemberWithItsEstablishmentsAndMemberships(TestDatabase database) {
        try (FiliereContainer filiere = FiliereContainer.start(database)) {
            MembershipService service = filiere.get(MembershipService.class);
            MemberDirectory directory = filiere.get(MemberDirectory.class);
            MemberId id = anActiveMember(service, anApplication(Fixtures.SIRETS[0], "Alpes Logiciels", 2024));
            service.renew(new RenewMembership(aStaffMember(), id, 2025, Dues.euros("480.50")));
            Siret second = Siret.parse(id.value() + "00068");
            service.addEstablishment(new AddEstablishment(aStaffMember(), id, second, "Agence de Meylan",
                    Fixtures.anAddressInMeylan()));

            MemberView view = directory.member(id).orElseThrow();
            assertThat(view.name()).isEqualTo("Alpes Logiciels");
            assertThat(view.activity().label()).isEqualTo("Edition de logiciels applicatifs");
            assertThat(view.sector().key()).isEqualTo("software-publishing");
            assertThat(view.address()).isEqualTo(Fixtures.anAddressInGrenoble());
            assertThat(view.establishments()).extracting(e -> e.siret().value(), e -> e.headOffice())
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(Fixtures.SIRETS[0], true),
                            org.assertj.core.groups.Tuple.tuple(second.value(), false));
            assertThat(view.memberships()).extracting(m -> m.year(), m -> m.status(), m -> m.dues().amount().toPlainString(),
                    m -> m.paidOn().orElse(null))
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(2024, MembershipStatus.ACTIVE, "450.00",
                            LocalDate.of(2024, 1, 31)),
                            org.assertj.core.groups.Tuple.tuple(2025, MembershipStatus.ADMITTED, "480.50", null));
            assertThat(view.version()).isEqualTo(5);
            assertThatThrownBy(() -> service.apply(anApplication(Fixtures.SIRETS[0], "Again", 2025)))
                    .isInstanceOf(MemberAlreadyExistsException.class);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldFindMembersBySectorPlaceStatusAndYear(TestDatabase database) {
        try (FiliereContainer filiere = FiliereContainer.start(database)) {
            MembershipService service = filiere.get(MembershipService.class);
            MemberDirectory directory = filiere.get(MemberDirectory.class);
            Address chambery = new Address("", "73000", "Chambéry", "73065");
            anActiveMember(service, anApplication(Fixtures.SIRETS[0], "Publisher Grenoble", 2025));
            anActiveMember(service, new ApplyForMembership(aStaffMember(), "Services Chambéry", new NafCode("62.02A"),
                    chambery, SizeBand.FROM_50_TO_99, Siret.parse(Fixtures.SIRETS[1]), 2025, Dues.euros("900")));
            MemberId applicant = service.apply(new ApplyForMembership(aStaffMember(), "Telecom Meylan",
                    new NafCode("61.10Z"), Fixtures.anAddressInMeylan(), SizeBand.FROM_1_TO_2,
                    Siret.parse(Fixtures.SIRETS[2]), 2025, Dues.euros("150")));

            assertThat(directory.find(MemberQuery.all().inDepartment("73"))).extracting(MemberView::name)
                    .containsExactly("Services Chambéry");
            assertThat(directory.find(MemberQuery.all().inCommune("38229"))).extracting(MemberView::id)
                    .containsExactly(applicant);
            assertThat(directory.find(MemberQuery.all().inYear(2025).withStatus(MembershipStatus.APPLIED)))
                    .extracting(MemberView::id).containsExactly(applicant);
            assertThat(directory.find(MemberQuery.all().inYear(2024))).isEmpty();
            var itServices = SectorFamilies.shipped().family("it-services").orElseThrow();
            assertThat(directory.bySector(itServices, 2025)).extracting(MemberView::name)
                    .containsExactly("Services Chambéry");
            var figures = directory.figures(2025);
            assertThat(figures.members()).isEqualTo(2);
            assertThat(figures.byDepartment()).containsEntry("38", 1L).containsEntry("73", 1L);
            assertThat(figures.countsByYear()).containsEntry(2025, 2L).hasSize(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldKeepContactsApartAndEraseThem(TestDatabase database) {
        try (FiliereContainer filiere = FiliereContainer.start(database)) {
            MemberId id = anActiveMember(filiere.get(MembershipService.class),
                    anApplication(Fixtures.SIRETS[0], "Alpes Logiciels", 2025));
            ContactService contacts = filiere.get(ContactService.class);
            ContactId anne = contacts.add(aStaffMember(), id, "Anne Roux", "CEO", "anne@alpes.fr", "+33 4 76 00 00 00");
            contacts.add(aStaffMember(), id, "Paul Brun", "CTO", "paul@alpes.fr", "");
            long version = contacts.ofMember(aStaffMember(), id).get(0).version();
            contacts.update(aStaffMember(), anne, version, "Anne Roux", "Présidente", "anne@alpes.fr", "+33 4 76 00 00 01");

            var export = contacts.export(aStaffMember(), id);
            assertThat(export.contacts()).extracting(c -> c.name(), c -> c.role(), c -> c.phone())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Anne Roux", "Présidente", "+33 4 76 00 00 01"),
                            org.assertj.core.groups.Tuple.tuple("Paul Brun", "CTO", ""));
            contacts.erase(aStaffMember(), anne);
            assertThat(contacts.ofMember(aStaffMember(), id)).extracting(c -> c.name()).containsExactly("Paul Brun");
            assertThat(filiere.get(MemberDirectory.class).member(id)).isPresent();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldSumContributionDaysPerYear(TestDatabase database) {
        try (FiliereContainer filiere = FiliereContainer.start(database)) {
            MembershipService service = filiere.get(MembershipService.class);
            MemberId a = anActiveMember(service, anApplication(Fixtures.SIRETS[0], "A", 2025));
            MemberId b = anActiveMember(service, anApplication(Fixtures.SIRETS[1], "B", 2025));
            ContributionService contributions = filiere.get(ContributionService.class);
            contributions.record(aStaffMember(), a, LocalDate.of(2025, 3, 4), ContributionKind.COMMITTEE_SEAT,
                    new BigDecimal("1.5"), "Comité de labellisation");
            contributions.record(aStaffMember(), b, LocalDate.of(2025, 9, 4), ContributionKind.TRAINING_SPEAKER,
                    new BigDecimal("2"), "Formation cybersécurité");
            contributions.record(aStaffMember(), b, LocalDate.of(2024, 9, 4), ContributionKind.EVENT_HOST,
                    new BigDecimal("1"), "Them@");

            var figures = contributions.figures(2025);
            assertThat(figures.totalDays()).isEqualByComparingTo("3.5");
            assertThat(figures.averageDaysPerMember()).isEqualByComparingTo("1.8");
            assertThat(contributions.ofMember(b, 2025)).singleElement()
                    .satisfies(c -> assertThat(c.kind()).isEqualTo(ContributionKind.TRAINING_SPEAKER));
        }
    }
}
