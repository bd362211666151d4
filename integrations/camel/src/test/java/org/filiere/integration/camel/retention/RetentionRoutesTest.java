package org.filiere.integration.camel.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.component.timer.TimerEndpoint;
import org.filiere.persistence.FiliereContainer;
import org.filiere.persistence.TestDatabase;
import org.junit.jupiter.api.Test;

/** The retention rules run on the configured schedule, and not at all when the schedule is switched off. */
class RetentionRoutesTest {

    @Test
    void shouldScheduleTheRetentionJobAsConfigured() {
        try (FiliereContainer filiere = FiliereContainer.start(TestDatabase.derby(), Map.of(
                "filiere.integration.retention.period", "PT12H", "filiere.integration.retention.delay", "PT5M"))) {
            Route route = filiere.get(CamelContext.class).getRoute("retention");

            assertThat(route).as("the retention route").isNotNull();
            TimerEndpoint timer = (TimerEndpoint) route.getEndpoint();
            assertThat(timer.getPeriod()).isEqualTo(12 * 60 * 60 * 1000L);
            assertThat(timer.getDelay()).isEqualTo(5 * 60 * 1000L);
            assertThat(filiere.get(CamelContext.class).getRouteController().getRouteStatus("retention").isStarted())
                    .isTrue();
        }
    }

    @Test
    void shouldLeaveTheScheduleOutWhenDisabled() {
        try (FiliereContainer filiere = FiliereContainer.start(TestDatabase.derby(),
                Map.of("filiere.integration.retention.enabled", "false"))) {
            assertThat(filiere.get(CamelContext.class).getRoute("retention")).isNull();
        }
    }
}
