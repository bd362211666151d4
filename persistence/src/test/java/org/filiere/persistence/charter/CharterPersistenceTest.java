package org.filiere.persistence.charter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.filiere.fixtures.Fixtures.aStaffMember;
import static org.filiere.fixtures.Fixtures.anApplication;
import static org.filiere.fixtures.Fixtures.theDirector;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.filiere.charter.CertificateCode;
import org.filiere.charter.CharterRefusedException;
import org.filiere.charter.application.CertificateVerification.Outcome;
import org.filiere.charter.application.CharterService;
import org.filiere.fixtures.Fixtures;
import org.filiere.kernel.DomainEvent;
import org.filiere.member.MemberId;
import org.filiere.member.application.MembershipCommands.AdmitMember;
import org.filiere.member.application.MembershipCommands.RecordDuesPayment;
import org.filiere.member.application.MembershipService;
import org.filiere.persistence.FiliereContainer;
import org.filiere.persistence.TestDatabase;
import org.filiere.wiring.CoreProducers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The charter, its signatures and certificates, stored and read back on each configured database. */
class CharterPersistenceTest {

    static java.util.stream.Stream<TestDatabase> databases() {
        return TestDatabase.all();
    }

    /** Observes what the services publish, as an embedding application would. */
    @Singleton
    public static class Events {
        final List<DomainEvent> seen = new CopyOnWriteArrayList<>();

        void on(@Observes DomainEvent event) {
            seen.add(event);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldSignVerifyRevokeAndRequireResigningAcrossVersions(TestDatabase database) {
        try (FiliereContainer filiere = FiliereContainer.start(database, Events.class)) {
            int year = LocalDate.now(CoreProducers.ASSOCIATION_ZONE).getYear();
            MembershipService memberships = filiere.get(MembershipService.class);
            MemberId id = memberships.apply(anApplication(Fixtures.SIRETS[0], "Alpes Logiciels", year));
            memberships.admit(new AdmitMember(aStaffMember(), id, year));
            memberships.recordDuesPayment(new RecordDuesPayment(aStaffMember(), id, year, LocalDate.of(year, 1, 5)));
            CharterService charter = filiere.get(CharterService.class);

            Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            charter.publish(theDirector(), "Charte des Bonnes Pratiques", "Article 1 : loyauté...",
                    LocalDate.of(year, 1, 1));
            CertificateCode code = charter.sign(aStaffMember(), id, "Anne Roux", "Présidente");

            var verification = charter.verify(code.formatted());
            assertThat(verification.outcome()).isEqualTo(Outcome.VALID);
            assertThat(verification.memberName()).contains("Alpes Logiciels");
            assertThat(verification.signedAt()).hasValueSatisfying(at -> assertThat(at).isAfterOrEqualTo(before)
                    .isBefore(Instant.now().plusSeconds(5)));
            assertThat(charter.current().orElseThrow().text()).isEqualTo("Article 1 : loyauté...");
            assertThat(charter.signatureRate(aStaffMember(), year).signatories()).isEqualTo(1);
            assertThatThrownBy(() -> charter.sign(aStaffMember(), id, "Anne Roux", "Présidente"))
                    .isInstanceOf(CharterRefusedException.class);

            charter.revokeCurrent(aStaffMember(), id, "at the member's request");
            assertThat(charter.verify(code.value()).outcome()).isEqualTo(Outcome.REVOKED);
            assertThat(charter.hasSignedCurrent(id)).isFalse();
            CertificateCode again = charter.sign(aStaffMember(), id, "Anne Roux", "Présidente");
            assertThat(charter.verify(again.value()).isValid()).isTrue();

            charter.publish(theDirector(), "Charte v2", "Article 1 révisé", LocalDate.now(CoreProducers.ASSOCIATION_ZONE).plusDays(1));
            assertThat(charter.versions()).hasSize(2);
            assertThat(charter.current().orElseThrow().number()).isEqualTo(1);

            assertThat(filiere.get(Events.class).seen).extracting(e -> e.getClass().getSimpleName())
                    .containsSubsequence("CharterVersionPublished", "CharterSigned", "CharterSignatureRevoked",
                            "CharterSigned", "CharterVersionPublished");
        }
    }
}
