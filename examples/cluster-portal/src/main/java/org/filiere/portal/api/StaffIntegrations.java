package org.filiere.portal.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.filiere.access.Actor;
import org.filiere.integration.camel.deadletter.DeadLetter;
import org.filiere.integration.camel.deadletter.DeadLetterId;
import org.filiere.integration.camel.deadletter.DeadLetterService;
import org.filiere.integration.camel.deadletter.RetryOutcome;
import org.filiere.integration.camel.health.IntegrationHealth;
import org.filiere.integration.camel.health.RouteHealth;
import org.filiere.portal.security.PortalCurrentActor;
import org.filiere.portal.web.NotSignedInException;

/**
 * The integrations for the staff's monitoring, as JSON: each route's state, last success and failure, and the dead
 * letters, which staff may retry through the library's {@link DeadLetterService} (which refuses anyone else). A retry
 * is a JSON request, which browsers do not send across sites without the portal's consent.
 */
@Path("api/staff/integrations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StaffIntegrations {

    @Inject
    PortalCurrentActor currentActor;

    @Inject
    IntegrationHealth integrations;

    @Inject
    DeadLetterService deadLetters;

    /**
     * The routes and the dead letters, the latest first.
     *
     * @return {@code routes} and {@code deadLetters}
     */
    @GET
    public Map<String, Object> integrations() {
        List<DeadLetter> letters = deadLetters.list(actor(), Optional.empty());
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("routes", integrations.routes().stream().map(StaffIntegrations::route).toList());
        all.put("deadLetters", letters.stream().map(StaffIntegrations::letter).toList());
        return all;
    }

    /**
     * Sends a dead letter's item through its route again.
     *
     * @param id the dead letter
     * @return whether it went through, and why not when it failed again
     */
    @POST
    @Path("dead-letters/{id}/retry")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> retry(@PathParam("id") String id) {
        RetryOutcome outcome = deadLetters.retry(actor(), DeadLetterId.of(id));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", outcome.id().toString());
        answer.put("succeeded", outcome.succeeded());
        outcome.reason().ifPresent(r -> answer.put("reason", r));
        return answer;
    }

    private Actor actor() {
        return currentActor.signedIn().orElseThrow(NotSignedInException::new);
    }

    /** A route's health as a JSON object (or a page's row). */
    public static Map<String, Object> route(RouteHealth r) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("route", r.routeId());
        row.put("state", r.state());
        row.put("healthy", r.healthy());
        r.lastSuccess().ifPresent(t -> row.put("lastSuccess", t.toString()));
        r.lastFailure().ifPresent(t -> row.put("lastFailure", t.toString()));
        r.lastReason().ifPresent(t -> row.put("lastReason", t));
        row.put("deadLetters", r.deadLetters());
        return row;
    }

    /** A dead letter as a JSON object (or a page's row), without its item. */
    public static Map<String, Object> letter(DeadLetter d) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", d.id().toString());
        row.put("route", d.routeId());
        row.put("key", d.itemKey().orElse(""));
        row.put("reason", d.reason());
        row.put("failedAt", d.failedAt().toString());
        row.put("attempts", d.attempts());
        row.put("status", d.status().name());
        row.put("retryable", d.retryable());
        return row;
    }
}
