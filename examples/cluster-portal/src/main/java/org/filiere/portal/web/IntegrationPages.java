package org.filiere.portal.web;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.filiere.access.Actor;
import org.filiere.integration.camel.deadletter.DeadLetterId;
import org.filiere.integration.camel.deadletter.DeadLetterService;
import org.filiere.integration.camel.deadletter.RetryOutcome;
import org.filiere.integration.camel.health.IntegrationHealth;
import org.filiere.portal.api.StaffIntegrations;

/**
 * The staff's page of the integrations: each route's state and its last success and failure, and the dead letters
 * (route, key, reason, when) with a button that sends an item through its route again, through the library's
 * {@link DeadLetterService}, which refuses anyone but staff.
 */
@Path("staff/integrations")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class IntegrationPages {

    @Inject
    Page page;

    @Inject
    IntegrationHealth integrations;

    @Inject
    DeadLetterService deadLetters;

    @GET
    public Response integrations() {
        return page.ok("integrations", model(page.requireActor()));
    }

    /** Retries a dead letter and shows the page again with what came of it. */
    @POST
    @Path("dead-letters/{id}/retry")
    public Response retry(@PathParam("id") String id, @FormParam("formToken") String formToken) {
        page.checkFormToken(formToken);
        Actor actor = page.requireActor();
        RetryOutcome outcome = deadLetters.retry(actor, DeadLetterId.of(id));
        Map<String, Object> model = model(actor);
        model.put("message", outcome.succeeded()
                ? "Dead letter " + outcome.id() + " went through its route and is gone."
                : "Dead letter " + outcome.id() + " failed again: " + outcome.reason().orElse("no reason given"));
        return page.ok("integrations", model);
    }

    private Map<String, Object> model(Actor actor) {
        Map<String, Object> model = new HashMap<>();
        model.put("deadLetters", deadLetters.list(actor, Optional.empty()).stream()
                .map(StaffIntegrations::letter).toList());
        model.put("routes", integrations.routes().stream()
                .map(StaffIntegrations::route).toList());
        return model;
    }
}
