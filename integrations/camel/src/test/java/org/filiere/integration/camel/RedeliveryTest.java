package org.filiere.integration.camel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.camel.ProducerTemplate;
import org.filiere.access.Actor;
import org.filiere.integration.camel.FlakyPartner.Answer;
import org.filiere.integration.camel.deadletter.DeadLetter;
import org.filiere.integration.camel.deadletter.DeadLetterService;
import org.filiere.persistence.FiliereContainer;
import org.filiere.persistence.TestDatabase;
import org.junit.jupiter.api.Test;

/** Transient failures are tried again with growing waits; bad items are not. */
class RedeliveryTest {

    private static final Map<String, String> SETTINGS = Map.of(
            "filiere.integration.flaky-partner.redelivery.maximum", "3",
            "filiere.integration.flaky-partner.redelivery.delay", "PT0.1S",
            "filiere.integration.flaky-partner.redelivery.multiplier", "2");

    private static FiliereContainer start() {
        return FiliereContainer.start(TestDatabase.derby(), SETTINGS, FlakyPartner.class, FlakyPartnerRoutes.class);
    }

    @Test
    void shouldTryAgainAfterAPartnerOutageWithGrowingWaitsUntilItGoesThrough() {
        try (FiliereContainer filiere = start()) {
            FlakyPartner partner = filiere.get(FlakyPartner.class);
            partner.answers(Answer.ACCEPT, Answer.DOWN, Answer.DOWN);

            filiere.get(ProducerTemplate.class).sendBody("direct:flaky-partner", "R-1");

            List<Instant> attempts = partner.attempts();
            assertThat(attempts).hasSize(3);
            assertThat(Duration.between(attempts.get(0), attempts.get(1))).isGreaterThanOrEqualTo(Duration.ofMillis(100));
            assertThat(Duration.between(attempts.get(1), attempts.get(2))).isGreaterThanOrEqualTo(Duration.ofMillis(200));
            assertThat(partner.accepted()).containsExactly("R-1");
            assertThat(filiere.get(DeadLetterService.class).list(Actor.staff("claire", "Claire"), Optional.empty())).isEmpty();
        }
    }

    @Test
    void shouldSendTheItemToTheDeadLettersWhenThePartnerStaysDown() {
        try (FiliereContainer filiere = start()) {
            FlakyPartner partner = filiere.get(FlakyPartner.class);
            partner.answers(Answer.DOWN);

            filiere.get(ProducerTemplate.class).sendBody("direct:flaky-partner", "R-2");

            assertThat(partner.attempts()).hasSize(4);
            List<DeadLetter> letters = filiere.get(DeadLetterService.class).list(Actor.staff("claire", "Claire"), Optional.empty());
            assertThat(letters).singleElement().satisfies(l -> {
                assertThat(l.item()).isEqualTo("R-2");
                assertThat(l.reason()).isEqualTo("Connection refused by the partner");
            });
        }
    }

    @Test
    void shouldNotTryABadItemAgain() {
        try (FiliereContainer filiere = start()) {
            FlakyPartner partner = filiere.get(FlakyPartner.class);
            partner.answers(Answer.REFUSE);

            filiere.get(ProducerTemplate.class).sendBody("direct:flaky-partner", "R-3");

            assertThat(partner.attempts()).hasSize(1);
            assertThat(filiere.get(DeadLetterService.class).list(Actor.staff("claire", "Claire"), Optional.empty())).hasSize(1);
        }
    }
}
