package org.filiere.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;

import org.filiere.fixtures.Fixtures;
import org.filiere.fixtures.MutableClock;
import org.filiere.kernel.InvalidFieldException;
import org.junit.jupiter.api.Test;

class MembershipRulesTest {

    private final MutableClock clock = new MutableClock(LocalDate.of(2025, 1, 15));

    private Member anApplicantFor(int year) {
        Siret siret = Siret.parse(Fixtures.SIRETS[0]);
        return Member.apply(new MemberId(siret.siren()), "Alpes Logiciels", new NafCode("58.29C"),
                Fixtures.anAddressInGrenoble(), SizeBand.FROM_10_TO_19,
                new Establishment(siret, "Siège", Fixtures.anAddressInGrenoble(), true), year, Dues.euros("450"),
                clock).member();
    }

    private Member anActiveMemberIn(int year) {
        Member m = anApplicantFor(year);
        m.admit(year, clock);
        m.payDues(year, LocalDate.of(year, 2, 1), clock);
        return m;
    }

    @Test
    void shouldGoFromApplicationToAdmissionToActiveWhenDuesArePaid() {
        Member m = anApplicantFor(2025);
        assertThat(m.statusIn(2025)).contains(MembershipStatus.APPLIED);
        assertThat(m.isMemberIn(2025)).isFalse();

        MemberAdmitted admitted = m.admit(2025, clock);
        assertThat(admitted.memberId()).isEqualTo(m.id());
        assertThat(m.statusIn(2025)).contains(MembershipStatus.ADMITTED);
        assertThat(m.isMemberIn(2025)).isTrue();
        assertThat(m.isActiveIn(2025)).isFalse();

        DuesPaid paid = m.payDues(2025, LocalDate.of(2025, 2, 3), clock);
        assertThat(paid.dues()).isEqualTo(Dues.euros("450.00"));
        assertThat(m.isActiveIn(2025)).isTrue();
        assertThat(m.membership(2025).orElseThrow().paidOn()).contains(LocalDate.of(2025, 2, 3));
    }

    @Test
    void shouldRefuseToAdmitTwiceNamingTheCurrentState() {
        Member m = anActiveMemberIn(2025);
        assertThatThrownBy(() -> m.admit(2025, clock))
                .isInstanceOf(MembershipRefusedException.class)
                .hasMessage("Member " + m.id() + " (Alpes Logiciels): cannot admit for 2025: its membership for 2025 is"
                        + " ACTIVE; only an application can be admitted.");
    }

    @Test
    void shouldRefuseDuesBeforeAdmissionAndTwice() {
        Member m = anApplicantFor(2025);
        assertThatThrownBy(() -> m.payDues(2025, LocalDate.of(2025, 2, 1), clock))
                .hasMessageContaining("dues are paid once a member is admitted");
        m.admit(2025, clock);
        m.payDues(2025, LocalDate.of(2025, 2, 1), clock);
        assertThatThrownBy(() -> m.payDues(2025, LocalDate.of(2025, 2, 2), clock))
                .hasMessageContaining("already paid on 2025-02-01");
    }

    @Test
    void shouldRenewForTheNextYearOnlyAfterAYearAsMember() {
        Member m = anActiveMemberIn(2025);
        MembershipRenewed renewed = m.renew(2026, Dues.euros("480"), clock);
        assertThat(renewed.year()).isEqualTo(2026);
        assertThat(m.statusIn(2026)).contains(MembershipStatus.ADMITTED);
        assertThatThrownBy(() -> m.renew(2026, Dues.euros("480"), clock))
                .hasMessageContaining("already has a membership for 2026");
        assertThatThrownBy(() -> m.renew(2028, Dues.euros("480"), clock))
                .hasMessageContaining("it was not a member in 2027");
        assertThatThrownBy(() -> anApplicantFor(2025).renew(2026, Dues.euros("480"), clock))
                .hasMessageContaining("it was not a member in 2025 (APPLIED)");
    }

    @Test
    void shouldLapseAMemberThatDidNotRenewByTheGraceDate() {
        RenewalGracePolicy grace = new RenewalGracePolicy(MonthDay.of(3, 31));
        Member unrenewed = anActiveMemberIn(2025);
        Member renewedUnpaid = anActiveMemberIn(2025);
        renewedUnpaid.renew(2026, Dues.euros("450"), clock);
        Member renewedPaid = anActiveMemberIn(2025);
        renewedPaid.renew(2026, Dues.euros("450"), clock);
        renewedPaid.payDues(2026, LocalDate.of(2026, 1, 20), clock);

        LocalDate onGraceDate = LocalDate.of(2026, 3, 31);
        LocalDate dayAfter = LocalDate.of(2026, 4, 1);
        assertThat(grace.lapses(unrenewed, 2026, onGraceDate)).isFalse();
        assertThat(grace.lapses(unrenewed, 2026, dayAfter)).isTrue();
        assertThat(grace.lapses(renewedUnpaid, 2026, dayAfter)).isTrue();
        assertThat(grace.lapses(renewedPaid, 2026, dayAfter)).isFalse();

        MembershipLapsed lapsed = unrenewed.lapse(2026, clock);
        assertThat(lapsed.year()).isEqualTo(2026);
        assertThat(unrenewed.statusIn(2026)).contains(MembershipStatus.LAPSED);
        assertThat(grace.lapses(unrenewed, 2026, dayAfter)).isFalse();
        assertThatThrownBy(() -> unrenewed.lapse(2026, clock)).hasMessageContaining("is LAPSED");
        assertThatThrownBy(() -> renewedPaid.lapse(2026, clock)).hasMessageContaining("its membership for 2026 is ACTIVE");
    }

    @Test
    void shouldNotLapseACompanyThatWasNotAMemberTheYearBefore() {
        RenewalGracePolicy grace = new RenewalGracePolicy(MonthDay.of(3, 31));
        assertThat(grace.lapses(anApplicantFor(2025), 2026, LocalDate.of(2026, 6, 1))).isFalse();
    }

    @Test
    void shouldLetALapsedMemberApplyAgain() {
        Member m = anActiveMemberIn(2025);
        m.lapse(2026, clock);
        m.reapply(2026, Dues.euros("450"), clock);
        assertThat(m.statusIn(2026)).contains(MembershipStatus.APPLIED);
        assertThatThrownBy(() -> m.reapply(2026, Dues.euros("450"), clock)).hasMessageContaining("(APPLIED)");
    }

    @Test
    void shouldResignAndDropLaterRenewals() {
        Member m = anActiveMemberIn(2025);
        m.renew(2026, Dues.euros("450"), clock);
        MemberResigned resigned = m.resign(2025, " Company closed ", clock);
        assertThat(resigned.reason()).isEqualTo("Company closed");
        assertThat(m.statusIn(2025)).contains(MembershipStatus.RESIGNED);
        assertThat(m.membership(2026)).isEmpty();
        assertThatThrownBy(() -> m.resign(2025, "", clock)).hasMessageContaining("already RESIGNED");
    }

    @Test
    void shouldOnlyAcceptEstablishmentsOfTheMembersOwnSiren() {
        Member m = anApplicantFor(2025);
        Siret other = Siret.parse(Fixtures.SIRETS[1]);
        assertThatThrownBy(() -> m.addEstablishment(new Establishment(other, "", Fixtures.anAddressInMeylan(), false)))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining("it belongs to SIREN " + other.siren() + ", not to member " + m.id());
        assertThatThrownBy(() -> m.addEstablishment(new Establishment(Siret.parse(Fixtures.SIRETS[0]), "",
                Fixtures.anAddressInMeylan(), false))).hasMessageContaining("already has this establishment");
    }

    @Test
    void shouldKeepDuesInEurosWithTwoDecimals() {
        assertThat(Dues.euros("450").amount()).hasToString("450.00");
        assertThat(Dues.euros("99,9").amount()).hasToString("99.90");
        assertThatThrownBy(() -> Dues.euros("10.005")).hasMessageContaining("at most two decimals");
        assertThatThrownBy(() -> Dues.euros("-1")).hasMessageContaining("cannot be negative");
        assertThatThrownBy(() -> Dues.euros("abc")).hasMessageContaining("it is not a number");
    }

    @Test
    void shouldDeriveTheDepartmentFromTheCommuneCode() {
        assertThat(Fixtures.anAddressInGrenoble().department()).isEqualTo("38");
        assertThat(new Address("", "20000", "Ajaccio", "2A004").department()).isEqualTo("2A");
        assertThat(new Address("", "97400", "Saint-Denis", "97411").department()).isEqualTo("974");
        assertThatThrownBy(() -> new Address("", "3800", "Grenoble", "38185")).hasMessageContaining("postcode \"3800\"");
    }

    @Test
    void shouldPlaceEmployeesInInseeSizeBands() {
        assertThat(SizeBand.ofEmployees(0)).isEqualTo(SizeBand.NO_EMPLOYEE);
        assertThat(SizeBand.ofEmployees(12)).isEqualTo(SizeBand.FROM_10_TO_19);
        assertThat(SizeBand.ofEmployees(250).isSme()).isFalse();
        assertThat(SizeBand.ofInseeCode("12").label()).isEqualTo("20-49 employees");
    }

    @Test
    void shouldMatchQueriesOnYearStatusPlaceAndActivity() {
        Member m = anActiveMemberIn(2025);
        assertThat(MemberQuery.all().inYear(2025).withStatus(MembershipStatus.ACTIVE).matches(m)).isTrue();
        assertThat(MemberQuery.all().inYear(2025).withStatus(MembershipStatus.LAPSED).matches(m)).isFalse();
        assertThat(MemberQuery.all().inYear(2024).matches(m)).isFalse();
        assertThat(MemberQuery.all().inDepartment("38").inCommune("38185").matches(m)).isTrue();
        assertThat(MemberQuery.all().inDepartment("73").matches(m)).isFalse();
        assertThat(MemberQuery.all().withActivities(java.util.Set.of(new NafCode("62.01Z"))).matches(m)).isFalse();
        assertThatThrownBy(() -> new MemberQuery(Optional.empty(), java.util.Set.of(MembershipStatus.ACTIVE),
                Optional.empty(), Optional.empty(), java.util.Set.of())).isInstanceOf(InvalidFieldException.class)
                .hasMessage("A member search: its year is missing: a status is looked for in a year");
    }
}
