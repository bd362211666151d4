package org.filiere.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.filiere.fixtures.Fixtures.aStaffMember;
import static org.filiere.fixtures.Fixtures.anApplication;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

import org.filiere.access.AccessRefusedException;
import org.filiere.access.Actor;
import org.filiere.fixtures.Fixtures;
import org.filiere.fixtures.InMemoryContacts;
import org.filiere.fixtures.InMemoryContributions;
import org.filiere.fixtures.InMemoryMembers;
import org.filiere.fixtures.MutableClock;
import org.filiere.fixtures.RecordedEvents;
import org.filiere.kernel.StaleDataException;
import org.filiere.member.ContactId;
import org.filiere.member.ContributionKind;
import org.filiere.member.Dues;
import org.filiere.member.InvalidIdentifierException;
import org.filiere.member.MemberAdmitted;
import org.filiere.member.MemberAlreadyExistsException;
import org.filiere.member.MemberApplied;
import org.filiere.member.MemberId;
import org.filiere.member.MemberQuery;
import org.filiere.member.MembershipLapsed;
import org.filiere.member.MembershipStatus;
import org.filiere.member.NafCode;
import org.filiere.member.NafNomenclature;
import org.filiere.member.RenewalGracePolicy;
import org.filiere.member.SectorFamilies;
import org.filiere.member.Siret;
import org.filiere.member.SizeBand;
import org.filiere.member.UnknownMemberException;
import org.filiere.member.application.ApplyForMembership;
import org.filiere.member.application.ContactService;
import org.filiere.member.application.ContributionService;
import org.filiere.member.application.MemberDirectory;
import org.filiere.member.application.MembershipCommands.AdmitMember;
import org.filiere.member.application.MembershipCommands.DescribeMember;
import org.filiere.member.application.MembershipCommands.LapseUnrenewedMembers;
import org.filiere.member.application.MembershipCommands.RecordDuesPayment;
import org.filiere.member.application.MembershipCommands.RenewMembership;
import org.filiere.member.application.MembershipCommands.ResignMembership;
import org.filiere.member.application.MembershipFigures;
import org.filiere.member.application.MembershipService;
import org.junit.jupiter.api.Test;

class MembershipServiceTest {

    private final MutableClock clock = new MutableClock(LocalDate.of(2025, 1, 15));
    private final InMemoryMembers members = new InMemoryMembers();
    private final RecordedEvents events = new RecordedEvents();
    private final NafNomenclature naf = NafNomenclature.shipped();
    private final MembershipService service = new MembershipService(members, naf,
            new RenewalGracePolicy(MonthDay.of(3, 31)), events, clock);
    private final MemberDirectory directory = new MemberDirectory(members, naf, SectorFamilies.shipped());
    private final Actor staff = aStaffMember();

    private MemberId anActiveMember(int index, int year) {
        MemberId id = service.apply(anApplication(Fixtures.SIRETS[index], "Company " + index, year));
        service.admit(new AdmitMember(staff, id, year));
        service.recordDuesPayment(new RecordDuesPayment(staff, id, year, LocalDate.of(year, 1, 20)));
        return id;
    }

    @Test
    void shouldAdmitAnApplicantAndPublishTheEvents() {
        MemberId id = service.apply(anApplication(Fixtures.SIRETS[0], "Alpes Logiciels", 2025));
        service.admit(new AdmitMember(staff, id, 2025));

        assertThat(events.ofType(MemberApplied.class)).singleElement()
                .satisfies(e -> assertThat(e.memberId()).isEqualTo(id));
        assertThat(events.ofType(MemberAdmitted.class)).singleElement()
                .satisfies(e -> assertThat(e.year()).isEqualTo(2025));
        assertThat(directory.member(id).orElseThrow().memberships()).singleElement()
                .satisfies(m -> assertThat(m.status()).isEqualTo(MembershipStatus.ADMITTED));
    }

    @Test
    void shouldRefuseStaffCommandsToAnyoneElse() {
        MemberId id = service.apply(anApplication(Fixtures.SIRETS[0], "Alpes Logiciels", 2025));
        Actor representative = Actor.representativeOf(id.value(), "anne-roux", "Anne Roux");
        Actor committee = Actor.committeeMember("marc-blanc", "Marc Blanc");

        assertThatThrownBy(() -> service.admit(new AdmitMember(representative, id, 2025)))
                .isInstanceOf(AccessRefusedException.class)
                .hasMessage("Anne Roux may not admit a member: only staff may.");
        assertThatThrownBy(() -> service.recordDuesPayment(new RecordDuesPayment(committee, id, 2025, LocalDate.now())))
                .isInstanceOf(AccessRefusedException.class)
                .hasMessage("Marc Blanc may not record a dues payment: only staff may.");
        assertThatThrownBy(() -> service.lapseUnrenewed(new LapseUnrenewedMembers(representative, 2026)))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(directory.member(id).orElseThrow().memberships().get(0).status()).isEqualTo(MembershipStatus.APPLIED);
    }

    @Test
    void shouldLetARepresentativeActOnlyForTheirOwnMember() {
        MemberId id = anActiveMember(0, 2025);
        MemberId other = anActiveMember(1, 2025);
        Actor representative = Actor.representativeOf(id.value(), "anne-roux", "Anne Roux");

        service.renew(new RenewMembership(representative, id, 2026, Dues.euros("450")));
        assertThatThrownBy(() -> service.renew(new RenewMembership(representative, other, 2026, Dues.euros("450"))))
                .isInstanceOf(AccessRefusedException.class)
                .hasMessageContaining("only staff or a representative of member " + other.value() + " may");
    }

    @Test
    void shouldRefuseAnApplicationWithAnActivityCodeOutsideTheInseeList() {
        ApplyForMembership application = new ApplyForMembership(staff, "X", new NafCode("62.99Z"),
                Fixtures.anAddressInGrenoble(), SizeBand.FROM_1_TO_2, Siret.parse(Fixtures.SIRETS[0]), 2025,
                Dues.euros("100"));
        assertThatThrownBy(() -> service.apply(application))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining("NAF code \"62.99Z\"");
        assertThat(members.find(MemberQuery.all())).isEmpty();
    }

    @Test
    void shouldRefuseASecondApplicationFromTheSameCompany() {
        service.apply(anApplication(Fixtures.SIRETS[0], "Alpes Logiciels", 2025));
        assertThatThrownBy(() -> service.apply(anApplication(Fixtures.SIRETS[0], "Alpes Logiciels", 2026)))
                .isInstanceOf(MemberAlreadyExistsException.class);
    }

    @Test
    void shouldReportAnUnknownMemberClearly() {
        MemberId nobody = new MemberId(Siret.parse(Fixtures.SIRETS[9]).siren());
        assertThatThrownBy(() -> service.admit(new AdmitMember(staff, nobody, 2025)))
                .isInstanceOf(UnknownMemberException.class)
                .hasMessage("No member with SIREN " + nobody.value() + " is known.");
    }

    @Test
    void shouldLapseOnlyUnrenewedMembersAfterTheGraceDateAndOnlyOnce() {
        MemberId renewed = anActiveMember(0, 2025);
        MemberId unrenewed = anActiveMember(1, 2025);
        service.renew(new RenewMembership(staff, renewed, 2026, Dues.euros("450")));
        service.recordDuesPayment(new RecordDuesPayment(staff, renewed, 2026, LocalDate.of(2026, 2, 1)));

        clock.setDay(LocalDate.of(2026, 3, 31));
        assertThat(service.lapseUnrenewed(new LapseUnrenewedMembers(staff, 2026))).isEmpty();
        clock.setDay(LocalDate.of(2026, 4, 1));
        assertThat(service.lapseUnrenewed(new LapseUnrenewedMembers(staff, 2026))).containsExactly(unrenewed);
        assertThat(service.lapseUnrenewed(new LapseUnrenewedMembers(staff, 2026))).isEmpty();
        assertThat(events.ofType(MembershipLapsed.class)).singleElement()
                .satisfies(e -> assertThat(e.memberId()).isEqualTo(unrenewed));
        assertThat(directory.member(unrenewed).orElseThrow().memberships())
                .anySatisfy(m -> assertThat(m.status()).isEqualTo(MembershipStatus.LAPSED));
    }

    @Test
    void shouldRefuseADescriptionChangeMadeOnAStaleVersion() {
        MemberId id = anActiveMember(0, 2025);
        long version = directory.member(id).orElseThrow().version();
        service.describe(new DescribeMember(staff, id, version, "Alpes Logiciels SAS", new NafCode("58.29C"),
                Fixtures.anAddressInMeylan(), SizeBand.FROM_20_TO_49));
        assertThatThrownBy(() -> service.describe(new DescribeMember(staff, id, version, "Other name",
                new NafCode("58.29C"), Fixtures.anAddressInMeylan(), SizeBand.FROM_20_TO_49)))
                .isInstanceOf(StaleDataException.class)
                .hasMessageContaining("member " + id + " was changed by someone else in the meantime");
        assertThat(directory.member(id).orElseThrow().name()).isEqualTo("Alpes Logiciels SAS");
    }

    @Test
    void shouldCountMembersAndGrowthBySectorAndDepartment() {
        anActiveMember(0, 2024);
        MemberId second = anActiveMember(1, 2024);
        for (MemberId id : List.of(new MemberId(Siret.parse(Fixtures.SIRETS[0]).siren()), second)) {
            service.renew(new RenewMembership(staff, id, 2025, Dues.euros("450")));
        }
        anActiveMember(2, 2025);
        MemberId resigning = anActiveMember(3, 2025);
        service.resign(new ResignMembership(staff, resigning, 2025, "moved away"));

        MembershipFigures figures = directory.figures(2025);
        assertThat(figures.members()).isEqualTo(3);
        assertThat(figures.previousMembers()).isEqualTo(2);
        assertThat(figures.growthPercent()).contains(new BigDecimal("50.0"));
        assertThat(figures.byDepartment()).containsEntry("38", 3L);
        assertThat(figures.byStatus()).containsEntry(MembershipStatus.RESIGNED, 1L)
                .containsEntry(MembershipStatus.ADMITTED, 2L).containsEntry(MembershipStatus.ACTIVE, 1L);
        assertThat(figures.bySector().entrySet()).anySatisfy(e -> {
            assertThat(e.getKey().key()).isEqualTo("software-publishing");
            assertThat(e.getValue()).isEqualTo(3L);
        });
        assertThat(directory.bySector(SectorFamilies.shipped().family("software-publishing").orElseThrow(), 2025))
                .hasSize(3);
        assertThat(directory.bySector(SectorFamilies.shipped().family("telecoms").orElseThrow(), 2025)).isEmpty();
    }

    @Test
    void shouldAverageContributionDaysOverAllMembersOfTheYear() {
        InMemoryContributions store = new InMemoryContributions();
        ContributionService contributions = new ContributionService(store, members);
        MemberId a = anActiveMember(0, 2025);
        MemberId b = anActiveMember(1, 2025);
        anActiveMember(2, 2025);
        contributions.record(staff, a, LocalDate.of(2025, 3, 1), ContributionKind.COMMITTEE_SEAT, new BigDecimal("1"), "");
        contributions.record(staff, a, LocalDate.of(2025, 5, 1), ContributionKind.TRAINING_SPEAKER, new BigDecimal("0.5"), "");
        contributions.record(staff, b, LocalDate.of(2025, 6, 1), ContributionKind.EVENT_HOST, new BigDecimal("2"), "");
        contributions.record(staff, b, LocalDate.of(2024, 6, 1), ContributionKind.EVENT_HOST, new BigDecimal("9"), "");

        var figures = contributions.figures(2025);
        assertThat(figures.members()).isEqualTo(3);
        assertThat(figures.contributors()).isEqualTo(2);
        assertThat(figures.totalDays()).isEqualByComparingTo("3.5");
        assertThat(figures.averageDaysPerMember()).isEqualByComparingTo("1.2");
        assertThatThrownBy(() -> contributions.record(Actor.representativeOf(a.value(), "anne", "Anne"), a,
                LocalDate.of(2025, 3, 1), ContributionKind.OTHER, BigDecimal.ONE, ""))
                .isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void shouldExportAndEraseContactPersonsOnRequest() {
        ContactService contacts = new ContactService(new InMemoryContacts(), members, clock);
        MemberId id = anActiveMember(0, 2025);
        Actor representative = Actor.representativeOf(id.value(), "anne-roux", "Anne Roux");
        ContactId anne = contacts.add(representative, id, "Anne Roux", "CEO", "anne@alpes-logiciels.fr", "04 76 00 00 00");
        contacts.add(staff, id, "Paul Brun", "CTO", "paul@alpes-logiciels.fr", "");

        assertThat(contacts.export(representative, id).contacts()).extracting(c -> c.email())
                .containsExactly("anne@alpes-logiciels.fr", "paul@alpes-logiciels.fr");
        contacts.erase(representative, anne);
        assertThat(contacts.ofMember(staff, id)).extracting(c -> c.name()).containsExactly("Paul Brun");
        assertThatThrownBy(() -> contacts.add(staff, id, "X", "", "not-an-email", ""))
                .hasMessageContaining("e-mail address \"not-an-email\"");
        assertThatThrownBy(() -> contacts.export(Actor.representativeOf(Siret.parse(Fixtures.SIRETS[5]).siren().value(),
                "someone", "Someone"), id)).isInstanceOf(AccessRefusedException.class);
    }
}
