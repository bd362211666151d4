package org.filiere.charter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.filiere.fixtures.Fixtures;
import org.filiere.fixtures.MutableClock;
import org.filiere.member.Dues;
import org.filiere.member.Establishment;
import org.filiere.member.Member;
import org.filiere.member.MemberId;
import org.filiere.member.NafCode;
import org.filiere.member.Siret;
import org.filiere.member.SizeBand;
import org.junit.jupiter.api.Test;

class CharterRulesTest {

    private final MutableClock clock = new MutableClock(LocalDate.of(2025, 1, 10));
    private final SecureRandom random = new SecureRandom();

    private Member aMemberIn(int year) {
        Siret siret = Siret.parse(Fixtures.SIRETS[2]);
        Member m = Member.apply(new MemberId(siret.siren()), "Dauphiné Data", new NafCode("62.02A"),
                Fixtures.anAddressInGrenoble(), SizeBand.FROM_20_TO_49,
                new Establishment(siret, "", Fixtures.anAddressInGrenoble(), true), year, Dues.euros("600"), clock)
                .member();
        m.admit(year, clock);
        return m;
    }

    @Test
    void shouldHaveExactlyOneCurrentVersionOnAnyDay() {
        Charter charter = Charter.empty();
        assertThat(charter.currentOn(LocalDate.of(2025, 1, 10))).isEmpty();
        charter.publish("Charte 2024", "Article 1...", LocalDate.of(2024, 1, 1), "Director", clock);
        charter.publish("Charte 2025", "Article 1 bis...", LocalDate.of(2025, 6, 1), "Director", clock);

        assertThat(charter.currentOn(LocalDate.of(2025, 5, 31)).orElseThrow().number()).isEqualTo(1);
        assertThat(charter.currentOn(LocalDate.of(2025, 6, 1)).orElseThrow().number()).isEqualTo(2);
        assertThat(charter.currentOn(LocalDate.of(2023, 12, 31))).isEmpty();
    }

    @Test
    void shouldRefuseAVersionThatDoesNotComeAfterTheLatest() {
        Charter charter = Charter.empty();
        charter.publish("Charte", "Texte", LocalDate.of(2025, 1, 1), "Director", clock);
        assertThatThrownBy(() -> charter.publish("Charte", "Texte", LocalDate.of(2025, 1, 1), "Director", clock))
                .isInstanceOf(CharterRefusedException.class)
                .hasMessage("A new charter version must come into force after version 1 (in force from 2025-01-01),"
                        + " not on 2025-01-01");
        assertThatThrownBy(() -> charter.publish(" ", "Texte", LocalDate.of(2026, 1, 1), "Director", clock))
                .hasMessage("A charter version needs a title");
    }

    @Test
    void shouldRequireSigningAgainWhenANewVersionComesIntoForce() {
        Charter charter = Charter.empty();
        charter.publish("Charte", "v1", LocalDate.of(2025, 1, 1), "Director", clock);
        Member member = aMemberIn(2025);
        List<Signature> signatures = new ArrayList<>();

        Signature.Signed first = SigningPolicy.sign(charter, member, signatures, "Anne Roux", "CEO",
                CertificateCode.generate(random), clock);
        signatures.add(first.signature());
        assertThat(first.event().charterVersion()).isEqualTo(1);
        assertThat(SigningPolicy.hasValidSignature(signatures, 1)).isTrue();
        assertThatThrownBy(() -> SigningPolicy.sign(charter, member, signatures, "Anne Roux", "CEO",
                CertificateCode.generate(random), clock)).hasMessageContaining("has already signed charter version 1");

        charter.publish("Charte", "v2", LocalDate.of(2025, 3, 1), "Director", clock);
        clock.setDay(LocalDate.of(2025, 3, 1));
        assertThat(SigningPolicy.hasValidSignature(signatures, charter.currentOn(LocalDate.of(2025, 3, 1))
                .orElseThrow().number())).isFalse();
        Signature.Signed second = SigningPolicy.sign(charter, member, signatures, "Anne Roux", "CEO",
                CertificateCode.generate(random), clock);
        assertThat(second.signature().charterVersion()).isEqualTo(2);
    }

    @Test
    void shouldLetAMemberSignAgainAfterRevoking() {
        Charter charter = Charter.empty();
        charter.publish("Charte", "v1", LocalDate.of(2025, 1, 1), "Director", clock);
        Member member = aMemberIn(2025);
        List<Signature> signatures = new ArrayList<>();
        Signature signature = SigningPolicy.sign(charter, member, signatures, "Anne Roux", "CEO",
                CertificateCode.generate(random), clock).signature();
        signatures.add(signature);

        CharterSignatureRevoked revoked = signature.revoke("Anne Roux", "Change of management", clock);
        assertThat(revoked.reason()).isEqualTo("Change of management");
        assertThat(SigningPolicy.hasValidSignature(signatures, 1)).isFalse();
        assertThatThrownBy(() -> signature.revoke("Anne Roux", "again", clock)).hasMessageContaining("already revoked");
        assertThat(SigningPolicy.sign(charter, member, signatures, "Paul Roux", "CEO", CertificateCode.generate(random),
                clock).signature().signatory()).isEqualTo("Paul Roux");
    }

    @Test
    void shouldRefuseSigningByANonMemberOrWithNothingInForce() {
        Charter charter = Charter.empty();
        Member member = aMemberIn(2025);
        assertThatThrownBy(() -> SigningPolicy.sign(charter, member, List.of(), "Anne", "", CertificateCode.generate(random),
                clock)).hasMessageContaining("No charter version is in force on 2025-01-10");
        charter.publish("Charte", "v1", LocalDate.of(2025, 1, 1), "Director", clock);
        clock.setDay(LocalDate.of(2026, 2, 1));
        assertThatThrownBy(() -> SigningPolicy.sign(charter, member, List.of(), "Anne", "", CertificateCode.generate(random),
                clock)).hasMessageContaining("it is not a member in 2026");
    }

    @Test
    void shouldReadCertificateCodesAsPeopleTypeThem() {
        CertificateCode code = CertificateCode.generate(random);
        String typed = code.formatted().toLowerCase().replace('0', 'o').replace('1', 'l');
        assertThat(CertificateCode.parse(typed)).isEqualTo(code);
        assertThat(CertificateCode.parse(" " + code.value() + " ")).isEqualTo(code);
    }

    @Test
    void shouldCatchAMistypedCertificateCode() {
        CertificateCode code = CertificateCode.generate(random);
        String v = code.value();
        char changed = v.charAt(3) == 'A' ? 'B' : 'A';
        String mistyped = v.substring(0, 3) + changed + v.substring(4);
        assertThatThrownBy(() -> CertificateCode.parse(mistyped))
                .isInstanceOf(CharterRefusedException.class)
                .hasMessageContaining("\"" + mistyped + "\" is not a charter certificate code");
        String swapped = v.charAt(0) == v.charAt(1) ? null : v.charAt(1) + "" + v.charAt(0) + v.substring(2);
        if (swapped != null) {
            assertThatThrownBy(() -> CertificateCode.parse(swapped)).isInstanceOf(CharterRefusedException.class);
        }
    }
}
