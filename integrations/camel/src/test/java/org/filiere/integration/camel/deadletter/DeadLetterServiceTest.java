package org.filiere.integration.camel.deadletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.apache.camel.ProducerTemplate;
import org.filiere.access.AccessRefusedException;
import org.filiere.access.Acting;
import org.filiere.access.Actor;
import org.filiere.access.CommandActor;
import org.filiere.integration.camel.FlakyPartner;
import org.filiere.integration.camel.FlakyPartner.Answer;
import org.filiere.integration.camel.FlakyPartnerRoutes;
import org.filiere.persistence.FiliereContainer;
import org.filiere.persistence.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Failed items are kept with their route, reason and time; staff list, retry and discard them. */
class DeadLetterServiceTest {

    private static final Actor STAFF = Actor.staff("claire-martin", "Claire Martin");
    private static final Map<String, String> FAST = Map.of(
            "filiere.integration.flaky-partner.redelivery.maximum", "1",
            "filiere.integration.flaky-partner.redelivery.delay", "PT0.01S");

    static java.util.stream.Stream<TestDatabase> databases() {
        return TestDatabase.all();
    }

    private static FiliereContainer start(TestDatabase database) {
        return FiliereContainer.start(database, FAST, FlakyPartner.class, FlakyPartnerRoutes.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldKeepTheFailedItemWithItsRouteReasonAndTime(TestDatabase database) {
        try (FiliereContainer filiere = start(database)) {
            filiere.get(FlakyPartner.class).answers(Answer.REFUSE);
            Instant before = Instant.now();
            filiere.get(ProducerTemplate.class).sendBodyAndHeader("direct:flaky-partner", "R-17", "provider", "acme");

            DeadLetter letter = filiere.get(DeadLetterService.class).list(STAFF, Optional.empty()).get(0);
            assertThat(letter.routeId()).isEqualTo(FlakyPartnerRoutes.ROUTE);
            assertThat(letter.item()).isEqualTo("R-17");
            assertThat(letter.reason()).isEqualTo("Registration R-17: the e-mail address is missing");
            assertThat(letter.failureType()).isEqualTo(IllegalArgumentException.class.getName());
            assertThat(letter.failedAt()).isBetween(before.minusMillis(1), Instant.now());
            assertThat(letter.headers()).containsEntry("provider", "acme");
            assertThat(letter.attempts()).isEqualTo(1);
            assertThat(letter.retryEndpoint()).hasValue("direct://flaky-partner");
            assertThat(filiere.get(DeadLetterService.class).list(STAFF, Optional.of("another-route"))).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldRetryADeadLetterAndRemoveItOnceItGoesThrough(TestDatabase database) {
        try (FiliereContainer filiere = start(database)) {
            FlakyPartner partner = filiere.get(FlakyPartner.class);
            DeadLetterService deadLetters = filiere.get(DeadLetterService.class);
            partner.answers(Answer.REFUSE);
            filiere.get(ProducerTemplate.class).sendBody("direct:flaky-partner", "R-18");
            DeadLetterId id = deadLetters.list(STAFF, Optional.empty()).get(0).id();

            partner.answers(Answer.ACCEPT);
            RetryOutcome outcome = deadLetters.retry(STAFF, id);

            assertThat(outcome.succeeded()).isTrue();
            assertThat(partner.accepted()).containsExactly("R-18");
            assertThat(deadLetters.list(STAFF, Optional.empty())).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldKeepALetterThatFailsAgainWithOneMoreAttempt(TestDatabase database) {
        try (FiliereContainer filiere = start(database)) {
            FlakyPartner partner = filiere.get(FlakyPartner.class);
            DeadLetterService deadLetters = filiere.get(DeadLetterService.class);
            partner.answers(Answer.REFUSE);
            filiere.get(ProducerTemplate.class).sendBody("direct:flaky-partner", "R-19");
            DeadLetterId id = deadLetters.list(STAFF, Optional.empty()).get(0).id();

            partner.answers(Answer.DOWN);
            RetryOutcome outcome = deadLetters.retry(STAFF, id);

            assertThat(outcome.succeeded()).isFalse();
            assertThat(outcome.reason()).hasValue("Connection refused by the partner");
            DeadLetter letter = deadLetters.get(STAFF, id);
            assertThat(letter.attempts()).isEqualTo(2);
            assertThat(letter.status()).isEqualTo(DeadLetter.Status.WAITING);
            assertThat(letter.reason()).isEqualTo("Connection refused by the partner");
            assertThat(deadLetters.list(STAFF, Optional.empty())).hasSize(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldDiscardADeadLetterForGood(TestDatabase database) {
        try (FiliereContainer filiere = start(database)) {
            filiere.get(FlakyPartner.class).answers(Answer.REFUSE);
            filiere.get(ProducerTemplate.class).sendBody("direct:flaky-partner", "R-20");
            DeadLetterService deadLetters = filiere.get(DeadLetterService.class);
            DeadLetterId id = deadLetters.list(STAFF, Optional.empty()).get(0).id();

            deadLetters.discard(STAFF, id);

            assertThat(deadLetters.list(STAFF, Optional.empty())).isEmpty();
            assertThatThrownBy(() -> deadLetters.retry(STAFF, id)).isInstanceOf(UnknownDeadLetterException.class)
                    .hasMessageContaining("dead letter " + id);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldRefuseToRetryALetterWhoseRouteCannotBeSentTo(TestDatabase database) {
        try (FiliereContainer filiere = start(database)) {
            DeadLetterId id = filiere.get(DeadLetterStore.class).store(new NewDeadLetter("catalogue-files",
                    Optional.of("catalogue.xml"), "file /drop/catalogue.xml", Map.of(), "Not an LHEO file",
                    IllegalArgumentException.class.getName(), Optional.empty(), Instant.now()));

            assertThatThrownBy(() -> filiere.get(DeadLetterService.class).retry(STAFF, id))
                    .isInstanceOf(DeadLetterRetryRefusedException.class)
                    .hasMessageContaining("route catalogue-files cannot be retried");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldCountTheSameBadItemAgainRatherThanKeepItTwice(TestDatabase database) {
        try (FiliereContainer filiere = start(database)) {
            DeadLetterStore store = filiere.get(DeadLetterStore.class);
            NewDeadLetter bad = new NewDeadLetter("catalogue-course", Optional.of("30206838200050/A-1#ab12"), "{}",
                    Map.of(), "Course A-1: title is missing.", IllegalArgumentException.class.getName(),
                    Optional.empty(), Instant.now());
            DeadLetterId first = store.store(bad);
            DeadLetterId again = store.store(bad);
            store.store(new NewDeadLetter("catalogue-course", Optional.of("30206838200050/A-2#cd34"), "{}", Map.of(),
                    "Course A-2: title is missing.", IllegalArgumentException.class.getName(), Optional.empty(),
                    Instant.now()));

            assertThat(again).isEqualTo(first);
            assertThat(store.find(first)).hasValueSatisfying(l -> assertThat(l.attempts()).isEqualTo(2));
            assertThat(store.list(Optional.of("catalogue-course"), 10)).hasSize(2);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldLeaveDeadLettersToStaff(TestDatabase database) {
        try (FiliereContainer filiere = start(database)) {
            Actor representative = Actor.representativeOf("732829320", "paul-durand", "Paul Durand");
            DeadLetterService deadLetters = filiere.get(DeadLetterService.class);
            assertThatThrownBy(() -> deadLetters.list(representative, Optional.empty()))
                    .isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> deadLetters.discard(representative, DeadLetterId.next()))
                    .isInstanceOf(AccessRefusedException.class);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldLeaveNobodyActingOnTheThreadAfterACall(TestDatabase database) {
        try (FiliereContainer filiere = start(database)) {
            filiere.get(FlakyPartner.class).answers(Answer.REFUSE);
            filiere.get(ProducerTemplate.class).sendBody("direct:flaky-partner", "R-30");
            DeadLetterService deadLetters = filiere.get(DeadLetterService.class);

            try (Acting.Scope nobody = Acting.asNobody()) {
                DeadLetterId id = deadLetters.list(STAFF, Optional.empty()).get(0).id();
                assertThat(CommandActor.current()).isEmpty();
                assertThat(Acting.current()).isEmpty();
                deadLetters.get(STAFF, id);
                deadLetters.retry(STAFF, id);
                assertThat(CommandActor.current()).isEmpty();
                assertThat(Acting.current()).isEmpty();
                deadLetters.discard(STAFF, id);
                assertThat(CommandActor.current()).isEmpty();
                assertThat(Acting.current()).isEmpty();
            }
        }
    }
}
