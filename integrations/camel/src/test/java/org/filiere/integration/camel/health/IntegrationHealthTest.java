package org.filiere.integration.camel.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.filiere.integration.camel.FlakyPartner;
import org.filiere.integration.camel.FlakyPartner.Answer;
import org.filiere.integration.camel.FlakyPartnerRoutes;
import org.filiere.persistence.FiliereContainer;
import org.filiere.persistence.TestDatabase;
import org.junit.jupiter.api.Test;

/** The health view shows each route's state, last success, last failure and dead letters. */
class IntegrationHealthTest {

    @Test
    void shouldShowEachRoutesStateLastSuccessLastFailureAndDeadLetters() throws Exception {
        try (FiliereContainer filiere = FiliereContainer.start(TestDatabase.derby(),
                Map.of("filiere.integration.flaky-partner.redelivery.maximum", "0",
                        "filiere.integration.retention.enabled", "false"),
                FlakyPartner.class, FlakyPartnerRoutes.class)) {
            IntegrationHealth health = filiere.get(IntegrationHealth.class);
            RouteHealth fresh = health.route(FlakyPartnerRoutes.ROUTE).orElseThrow();
            assertThat(fresh.state()).isEqualTo("Started");
            assertThat(fresh.lastSuccess()).isEmpty();
            assertThat(fresh.lastFailure()).isEmpty();
            assertThat(fresh.deadLetters()).isZero();

            FlakyPartner partner = filiere.get(FlakyPartner.class);
            ProducerTemplate template = filiere.get(ProducerTemplate.class);
            partner.answers(Answer.ACCEPT);
            template.sendBody("direct:flaky-partner", "R-1");
            partner.answers(Answer.REFUSE);
            template.sendBody("direct:flaky-partner", "R-2");
            template.sendBody("direct:flaky-partner", "R-3");

            RouteHealth after = health.route(FlakyPartnerRoutes.ROUTE).orElseThrow();
            assertThat(after.lastSuccess()).isPresent();
            assertThat(after.lastFailure()).isPresent();
            assertThat(after.lastFailure().get()).isAfterOrEqualTo(after.lastSuccess().get());
            assertThat(after.lastReason()).hasValue("Registration R-3: the e-mail address is missing");
            assertThat(after.deadLetters()).isEqualTo(2);
            assertThat(after.healthy()).isFalse();

            filiere.get(CamelContext.class).getRouteController().stopRoute(FlakyPartnerRoutes.ROUTE);
            assertThat(health.routes()).filteredOn(r -> r.routeId().equals(FlakyPartnerRoutes.ROUTE)).singleElement()
                    .satisfies(r -> assertThat(r.state()).isEqualTo("Stopped"));
            assertThat(health.route("no-such-route")).isEmpty();
        }
    }
}
