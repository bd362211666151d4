package org.filiere.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.filiere.fixtures.ProjectFixtures.anActiveMember;

import java.time.LocalDate;
import java.util.Optional;

import org.filiere.fixtures.MutableClock;
import org.filiere.kernel.DomainEvent;
import org.filiere.kernel.InvalidFieldException;
import org.filiere.member.Member;
import org.filiere.member.NafCode;
import org.filiere.member.SectorFamilies;
import org.filiere.member.SizeBand;
import org.junit.jupiter.api.Test;

/** Enrollment in a partner programme: eligibility, places, staff decisions, completion and outcomes. */
class PartnerProgrammeTest {

    private static final LocalDate DAY = LocalDate.of(2025, 9, 1);

    private final MutableClock clock = new MutableClock(DAY);
    private final SectorFamilies sectors = SectorFamilies.shipped();
    private final Member alpes = anActiveMember(0, "Alpes Logiciels", 2025, clock);
    private final Member belledonne = anActiveMember(1, "Belledonne Software", 2025, clock);
    private final Member chartreuse = anActiveMember(2, "Chartreuse Apps", 2025, clock);
    private final Member tiny = anActiveMember(3, "Micro Édition", new NafCode("58.29A"), SizeBand.FROM_1_TO_2, 2025,
            clock);

    private final PartnerProgramme growth = PartnerProgramme.launch(PartnerProgrammeId.random(), PartnerId.random(),
            "Growth programme for software publishers", LocalDate.of(2025, 10, 1), LocalDate.of(2026, 6, 30), 2,
            EligibilityRules.allOf(EligibilityRules.sector(sectors.family("software-publishing").orElseThrow()),
                    EligibilityRules.sizeBetween(10, 249), EligibilityRules.charterSigned()));

    private Candidate candidate(Member member, boolean charterSigned) {
        return new Candidate(member, sectors.familyOf(member.activity()), charterSigned, 2025);
    }

    @Test
    void shouldRecordAnIneligibleApplicationAsRefusedWithThePolicyThatRefusedIt() {
        DomainEvent event = growth.apply(candidate(tiny, true), DAY, clock);

        assertThat(event).isInstanceOfSatisfying(EnrollmentRefused.class, e -> {
            assertThat(e.memberId()).isEqualTo(tiny.id());
            assertThat(e.refusal().policy()).isEqualTo("size 10-249 employees");
        });
        Enrollment enrollment = growth.enrollment(tiny.id()).orElseThrow();
        assertThat(enrollment.status()).isEqualTo(EnrollmentStatus.REFUSED);
        assertThat(enrollment.refusal().orElseThrow().reason()).isEqualTo("Micro Édition (" + tiny.id()
                + ") has 1-2 employees");
        assertThat(enrollment.decidedOn()).contains(DAY);
    }

    @Test
    void shouldAcceptEligibleApplicationsUntilThePlacesAreTaken() {
        assertThat(growth.apply(candidate(alpes, true), DAY, clock)).isInstanceOf(EnrollmentApplied.class);
        growth.apply(candidate(belledonne, true), DAY, clock);
        growth.apply(candidate(chartreuse, true), DAY, clock);

        assertThat(growth.accept(candidate(alpes, true), DAY, clock)).isInstanceOfSatisfying(EnrollmentAccepted.class,
                e -> assertThat(e.placesLeft()).isEqualTo(1));
        growth.accept(candidate(belledonne, true), DAY, clock);

        assertThatThrownBy(() -> growth.accept(candidate(chartreuse, true), DAY, clock))
                .isInstanceOf(ProgrammeRefusedException.class)
                .hasMessage("Programme \"Growth programme for software publishers\" is full: its 2 places are taken;"
                        + " Chartreuse Apps (" + chartreuse.id() + ") cannot be accepted");
        assertThat(growth.placesLeft()).isZero();
        assertThat(growth.enrollment(chartreuse.id()).orElseThrow().status()).isEqualTo(EnrollmentStatus.APPLIED);
    }

    @Test
    void shouldRefuseAtAcceptanceAMemberThatNoLongerMeetsTheRules() {
        growth.apply(candidate(alpes, true), DAY, clock);

        DomainEvent event = growth.accept(candidate(alpes, false), DAY.plusDays(3), clock);

        assertThat(event).isInstanceOfSatisfying(EnrollmentRefused.class,
                e -> assertThat(e.refusal().policy()).isEqualTo("charter signed"));
        assertThat(growth.enrollment(alpes.id()).orElseThrow().status()).isEqualTo(EnrollmentStatus.REFUSED);
        assertThat(growth.placesLeft()).isEqualTo(2);
    }

    @Test
    void shouldLetStaffRefuseForAReasonAndTheMemberApplyAgain() {
        growth.apply(candidate(alpes, true), DAY, clock);
        EnrollmentRefused refused = growth.refuse(alpes.id(), "already in a similar programme", "Claire Martin", DAY,
                clock);
        assertThat(refused.refusal()).isEqualTo(new EligibilityRefusal(PartnerProgramme.STAFF_DECISION,
                "already in a similar programme (decided by Claire Martin)"));

        assertThat(growth.apply(candidate(alpes, true), DAY.plusDays(10), clock)).isInstanceOf(EnrollmentApplied.class);
        assertThat(growth.enrollments()).singleElement().satisfies(e -> {
            assertThat(e.status()).isEqualTo(EnrollmentStatus.APPLIED);
            assertThat(e.appliedOn()).isEqualTo(DAY.plusDays(10));
        });
        assertThatThrownBy(() -> growth.apply(candidate(alpes, true), DAY, clock))
                .hasMessage("Alpes Logiciels (" + alpes.id() + ") already has an enrollment in programme \"Growth"
                        + " programme for software publishers\" (applied)");
        assertThatThrownBy(() -> growth.refuse(alpes.id(), " ", "Claire Martin", DAY, clock))
                .hasMessageContaining("needs a reason");
    }

    @Test
    void shouldCompleteAnAcceptedMemberWithOutcomeNotes() {
        growth.apply(candidate(alpes, true), DAY, clock);
        assertThatThrownBy(() -> growth.complete(alpes.id(), DAY, "x", clock))
                .hasMessage("Cannot complete the enrollment of Alpes Logiciels in programme \"Growth programme for"
                        + " software publishers\": it is applied, not accepted");
        growth.accept(candidate(alpes, true), DAY, clock);
        growth.addOutcomeNote(alpes.id(), "Met two investors at the demo day");

        EnrollmentCompleted completed = growth.complete(alpes.id(), LocalDate.of(2026, 6, 30),
                "Export plan for Germany written", clock);

        assertThat(completed.outcome()).isEqualTo("Met two investors at the demo day\nExport plan for Germany written");
        assertThat(growth.enrollment(alpes.id()).orElseThrow().status()).isEqualTo(EnrollmentStatus.COMPLETED);
        assertThat(growth.placesLeft()).isEqualTo(1);
        assertThatThrownBy(() -> growth.addOutcomeNote(belledonne.id(), "x"))
                .hasMessageContaining("has not applied to programme");
        assertThatThrownBy(() -> growth.addOutcomeNote(alpes.id(), "y".repeat(4000)))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessageStartingWith("The enrollment of Alpes Logiciels: its text of outcome notes is ")
                .hasMessageEndingWith("characters long; at most 4000 are kept");
        assertThat(growth.enrollment(alpes.id()).orElseThrow().outcome()).startsWith("Met two investors");
    }

    @Test
    void shouldRefuseApplicationsAfterTheProgrammeEndedAndProgrammesWithoutPlacesOrDates() {
        assertThatThrownBy(() -> growth.apply(candidate(alpes, true), LocalDate.of(2026, 7, 1), clock))
                .hasMessageContaining("ended on 2026-06-30");
        assertThatThrownBy(() -> PartnerProgramme.launch(PartnerProgrammeId.random(), PartnerId.random(), "Pilot",
                DAY, DAY.plusDays(1), 0, EligibilityRules.anyone()))
                .hasMessage("Programme \"Pilot\" has 0 places; it needs at least one");
        assertThatThrownBy(() -> PartnerProgramme.launch(PartnerProgrammeId.random(), PartnerId.random(), "Pilot",
                DAY, DAY.minusDays(1), 5, EligibilityRules.anyone()))
                .hasMessageContaining("cannot end on 2025-08-31, before it starts on 2025-09-01");
    }

    @Test
    void shouldBindPartnersByAgreementsOnlyWhileSignedAndWithinTheirDates() {
        CooperationAgreement agreement = CooperationAgreement.draft(AgreementId.random(), PartnerId.random(),
                "Joint growth programme", LocalDate.of(2025, 1, 1), Optional.of(LocalDate.of(2026, 12, 31)));
        assertThat(agreement.inForceOn(LocalDate.of(2025, 6, 1))).isFalse();

        CooperationAgreementSigned signed = agreement.sign(LocalDate.of(2025, 2, 3), clock);
        assertThat(signed.signedOn()).isEqualTo(LocalDate.of(2025, 2, 3));
        assertThat(agreement.inForceOn(LocalDate.of(2025, 6, 1))).isTrue();
        assertThat(agreement.inForceOn(LocalDate.of(2024, 12, 31))).isFalse();
        assertThat(agreement.inForceOn(LocalDate.of(2027, 1, 1))).isFalse();
        assertThatThrownBy(() -> agreement.sign(DAY, clock))
                .hasMessage("Cooperation agreement \"Joint growth programme\" cannot be signed: it is signed; only a"
                        + " draft is signed");

        agreement.terminate(LocalDate.of(2025, 10, 1), "The partner merged into another cluster", clock);
        assertThat(agreement.status()).isEqualTo(AgreementStatus.TERMINATED);
        assertThat(agreement.inForceOn(LocalDate.of(2025, 9, 30))).isTrue();
        assertThat(agreement.inForceOn(LocalDate.of(2025, 10, 1))).isFalse();
        assertThatThrownBy(() -> agreement.terminate(DAY, "again", clock)).hasMessageContaining("it is terminated");
    }
}
