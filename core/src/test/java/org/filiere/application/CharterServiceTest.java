package org.filiere.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.filiere.fixtures.Fixtures.aStaffMember;
import static org.filiere.fixtures.Fixtures.anApplication;
import static org.filiere.fixtures.Fixtures.theDirector;

import java.time.LocalDate;
import java.time.MonthDay;

import org.filiere.access.AccessRefusedException;
import org.filiere.access.Actor;
import org.filiere.charter.CertificateCode;
import org.filiere.charter.CharterRefusedException;
import org.filiere.charter.CharterSignatureRevoked;
import org.filiere.charter.CharterSigned;
import org.filiere.charter.CharterVersionPublished;
import org.filiere.charter.application.CertificateVerification.Outcome;
import org.filiere.charter.application.CharterService;
import org.filiere.fixtures.Fixtures;
import org.filiere.fixtures.InMemoryCharters;
import org.filiere.fixtures.InMemoryMembers;
import org.filiere.fixtures.InMemorySignatures;
import org.filiere.fixtures.MutableClock;
import org.filiere.fixtures.RecordedEvents;
import org.filiere.member.MemberId;
import org.filiere.member.NafNomenclature;
import org.filiere.member.RenewalGracePolicy;
import org.filiere.member.application.MembershipCommands.AdmitMember;
import org.filiere.member.application.MembershipCommands.RecordDuesPayment;
import org.filiere.member.application.MembershipService;
import org.junit.jupiter.api.Test;

class CharterServiceTest {

    private final MutableClock clock = new MutableClock(LocalDate.of(2025, 2, 1));
    private final InMemoryMembers members = new InMemoryMembers();
    private final RecordedEvents events = new RecordedEvents();
    private final MembershipService memberships = new MembershipService(members, NafNomenclature.shipped(),
            new RenewalGracePolicy(MonthDay.of(3, 31)), events, clock);
    private final CharterService charter = new CharterService(new InMemoryCharters(), new InMemorySignatures(), members,
            events, clock);
    private final Actor staff = aStaffMember();

    private MemberId anActiveMember(int index) {
        MemberId id = memberships.apply(anApplication(Fixtures.SIRETS[index], "Company " + index, 2025));
        memberships.admit(new AdmitMember(staff, id, 2025));
        memberships.recordDuesPayment(new RecordDuesPayment(staff, id, 2025, LocalDate.of(2025, 1, 20)));
        return id;
    }

    @Test
    void shouldLetOnlyTheDirectorPublish() {
        assertThatThrownBy(() -> charter.publish(staff, "Charte", "Texte", LocalDate.of(2025, 1, 1)))
                .isInstanceOf(AccessRefusedException.class)
                .hasMessage("Claire Martin may not publish a charter version: only the director may.");
        assertThat(charter.publish(theDirector(), "Charte", "Texte", LocalDate.of(2025, 1, 1))).isEqualTo(1);
        assertThat(events.ofType(CharterVersionPublished.class)).singleElement()
                .satisfies(e -> assertThat(e.effectiveFrom()).isEqualTo(LocalDate.of(2025, 1, 1)));
    }

    @Test
    void shouldIssueAVerifiableCertificateThatLapsesWithANewVersion() {
        charter.publish(theDirector(), "Charte", "v1", LocalDate.of(2025, 1, 1));
        MemberId id = anActiveMember(0);
        CertificateCode code = charter.sign(Actor.representativeOf(id.value(), "anne-roux", "Anne Roux"), id, "Anne Roux", "CEO");

        var valid = charter.verify(code.formatted().toLowerCase());
        assertThat(valid.outcome()).isEqualTo(Outcome.VALID);
        assertThat(valid.memberName()).contains("Company 0");
        assertThat(valid.siren()).contains(id.value());
        assertThat(valid.signatory()).contains("Anne Roux");
        assertThat(charter.hasSignedCurrent(id)).isTrue();
        assertThat(events.ofType(CharterSigned.class)).singleElement()
                .satisfies(e -> assertThat(e.memberId()).isEqualTo(id));

        charter.publish(theDirector(), "Charte", "v2", LocalDate.of(2025, 3, 1));
        assertThat(charter.hasSignedCurrent(id)).isTrue();
        clock.setDay(LocalDate.of(2025, 3, 1));
        assertThat(charter.hasSignedCurrent(id)).isFalse();
        assertThat(charter.verify(code.value()).outcome()).isEqualTo(Outcome.SUPERSEDED);

        CertificateCode renewed = charter.sign(staff, id, "Anne Roux", "CEO");
        assertThat(renewed).isNotEqualTo(code);
        assertThat(charter.verify(renewed.value()).isValid()).isTrue();
    }

    @Test
    void shouldReportRevokedUnknownAndMalformedCodes() {
        charter.publish(theDirector(), "Charte", "v1", LocalDate.of(2025, 1, 1));
        MemberId id = anActiveMember(0);
        CertificateCode code = charter.sign(staff, id, "Anne Roux", "CEO");
        charter.revokeCurrent(Actor.representativeOf(id.value(), "anne-roux", "Anne Roux"), id, "no longer applies it");
        assertThat(charter.verify(code.value()).outcome()).isEqualTo(Outcome.REVOKED);
        assertThat(events.ofType(CharterSignatureRevoked.class)).hasSize(1);

        CertificateCode unknown;
        do {
            unknown = CertificateCode.generate(new java.security.SecureRandom());
        } while (unknown.equals(code));
        assertThat(charter.verify(unknown.formatted()).outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThatThrownBy(() -> charter.verify("HELLO")).isInstanceOf(CharterRefusedException.class)
                .hasMessageContaining("\"HELLO\" is not a charter certificate code");
    }

    @Test
    void shouldComputeTheSignatureRateAmongActiveMembers() {
        charter.publish(theDirector(), "Charte", "v1", LocalDate.of(2025, 1, 1));
        MemberId a = anActiveMember(0);
        anActiveMember(1);
        MemberId c = anActiveMember(2);
        MemberId applicantOnly = memberships.apply(anApplication(Fixtures.SIRETS[3], "Applicant", 2025));
        charter.sign(staff, a, "A", "CEO");
        charter.sign(staff, c, "C", "CEO");
        charter.revokeCurrent(staff, c, "mistake");
        assertThatThrownBy(() -> charter.sign(staff, applicantOnly, "D", "CEO"))
                .hasMessageContaining("it is not a member in 2025 (APPLIED)");

        var rate = charter.signatureRate(staff, 2025);
        assertThat(rate.activeMembers()).isEqualTo(3);
        assertThat(rate.signatories()).isEqualTo(1);
        assertThat(rate.percent()).isEqualByComparingTo("33.3");
        assertThatThrownBy(() -> charter.signatureRate(Actor.representativeOf(a.value(), "a", "A"), 2025))
                .isInstanceOf(AccessRefusedException.class);
    }
}
