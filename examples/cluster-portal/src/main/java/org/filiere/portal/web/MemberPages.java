package org.filiere.portal.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.filiere.access.AccessRefusedException;
import org.filiere.access.Actor;
import org.filiere.charter.Signature;
import org.filiere.charter.application.CharterService;
import org.filiere.member.MemberId;
import org.filiere.member.application.MemberDirectory;
import org.filiere.member.application.MemberView;
import org.filiere.training.Participant;
import org.filiere.training.RegistrationId;
import org.filiere.training.SessionId;
import org.filiere.training.UnknownSessionException;
import org.filiere.training.application.RegistrationOutcome;
import org.filiere.training.application.RegistrationService;
import org.filiere.training.application.SessionView;
import org.filiere.training.application.TrainingCommands.CancelRegistration;
import org.filiere.training.application.TrainingCommands.Register;
import org.filiere.training.application.TrainingDirectory;

/**
 * A member representative's pages: their member's page (details, charter signatures, their people's registrations),
 * registering a colleague to a session and cancelling. Every read and change goes through the library with the
 * signed-in actor, which refuses another member's data.
 */
@Path("member")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class MemberPages {

    @Inject
    Page page;

    @Inject
    MemberDirectory members;

    @Inject
    CharterService charter;

    @Inject
    TrainingDirectory training;

    @Inject
    RegistrationService registrations;

    @Inject
    Clock clock;

    @GET
    @Path("{siren}")
    public Response memberPage(@PathParam("siren") String siren) {
        Actor actor = page.requireActor();
        MemberId id = MemberId.of(siren);
        List<Signature> signatures = charter.signaturesOf(actor, id);
        MemberView member = members.member(id).orElseThrow(
                () -> new org.filiere.kernel.NotFoundException("member " + siren));
        List<Map<String, Object>> sessions = new ArrayList<>();
        for (SessionView s : training.publishedSessions(LocalDateTime.now(clock))) {
            Map<String, Object> row = Rows.session(s);
            row.put("registrations", training.registrationsOf(actor, id, s.id()).stream().map(Rows::registration)
                    .toList());
            sessions.add(row);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("member", Rows.member(member));
        model.put("signatures", signatures.stream().filter(s -> !s.isRevoked()).map(s -> Map.of(
                "version", s.charterVersion(), "signatory", s.signatory(), "certificate", s.certificate().value()))
                .toList());
        model.put("sessions", sessions);
        return page.ok("member", model);
    }

    @POST
    @Path("registrations")
    @Transactional
    public Response register(@FormParam("formToken") String formToken, @FormParam("sessionId") String sessionId,
            @FormParam("name") String name, @FormParam("email") String email) {
        page.checkFormToken(formToken);
        Actor actor = page.requireActor();
        MemberId employer = MemberId.of(actor.representing().orElseThrow(() -> new AccessRefusedException(actor,
                "register a colleague from the member's page", "a member's representative")));
        SessionId session = SessionId.of(required("sessionId", sessionId));
        MemberView member = members.member(employer).orElseThrow();
        RegistrationOutcome outcome = registrations.register(new Register(actor, session,
                Participant.employeeOf(employer, required("name", name), required("email", email), member.name())));
        SessionView view = training.publishedSession(session).orElseThrow(() -> new UnknownSessionException(session));
        Map<String, Object> model = new HashMap<>();
        model.put("session", Rows.session(view));
        model.put("name", name.strip());
        model.put("status", outcome.status().name());
        model.put("waitlistPosition", outcome.waitlistPosition().map(String::valueOf).orElse(""));
        model.put("price", outcome.price().toPlainString());
        model.put("siren", employer.value());
        return page.ok("registered", model);
    }

    @POST
    @Path("registrations/cancel")
    @Transactional
    public Response cancel(@FormParam("formToken") String formToken, @FormParam("sessionId") String sessionId,
            @FormParam("registrationId") String registrationId) {
        page.checkFormToken(formToken);
        Actor actor = page.requireActor();
        registrations.cancel(new CancelRegistration(actor, SessionId.of(required("sessionId", sessionId)),
                RegistrationId.of(required("registrationId", registrationId))));
        return Response.seeOther(URI.create("/account")).build();
    }

    static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The form's field '" + field + "' is empty");
        }
        return value;
    }
}
