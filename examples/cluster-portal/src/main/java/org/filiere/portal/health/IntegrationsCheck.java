package org.filiere.portal.health;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The integrations of the portal: it starts no Camel context (no integration module is deployed with it), and says
 * so rather than leaving the check out.
 */
@Readiness
@ApplicationScoped
public class IntegrationsCheck implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("integrations").up()
                .withData("camel", "not started in the portal: no integration module is deployed").build();
    }
}
