package org.filiere.portal.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.filiere.access.Actor;
import org.filiere.charter.application.CertificateVerification;
import org.filiere.charter.application.CharterService;
import org.filiere.directory.DirectoryListing;
import org.filiere.directory.application.DirectoryService;
import org.filiere.event.application.EventPublication;
import org.filiere.kernel.NotFoundException;
import org.filiere.member.MemberId;
import org.filiere.training.SessionId;
import org.filiere.training.UnknownSessionException;
import org.filiere.training.application.SessionView;
import org.filiere.training.application.TrainingCalendar;
import org.filiere.training.application.TrainingDirectory;

/**
 * The pages anyone may read, through the library's public reads only: the directory of the members who chose to be
 * listed, the published training sessions, the published events, the certificate check.
 */
@Path("/")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class PublicPages {

    @Inject
    Page page;

    @Inject
    DirectoryService directory;

    @Inject
    TrainingDirectory training;

    @Inject
    TrainingCalendar calendar;

    @Inject
    EventPublication events;

    @Inject
    CharterService charter;

    @Inject
    Clock clock;

    @Context
    HttpServletRequest request;

    @GET
    public Response home() {
        return page.ok("home", Map.of("sessions", upcomingSessions().stream().limit(3).map(Rows::session).toList()));
    }

    @GET
    @Path("login")
    public Response login(@QueryParam("failed") boolean failed) {
        return page.ok("login", Map.of("failed", failed));
    }

    @GET
    @Path("logout")
    public Response logout() throws jakarta.servlet.ServletException {
        request.logout();
        if (request.getSession(false) != null) {
            request.getSession(false).invalidate();
        }
        return Response.seeOther(URI.create("/")).build();
    }

    @GET
    @Path("account")
    public Response account() {
        Actor actor = page.requireActor();
        String target = actor.isStaff() ? "/staff" : "/member/" + actor.representing().orElseThrow();
        return Response.seeOther(URI.create(target)).build();
    }

    @GET
    @Path("members")
    public Response directory() {
        return page.ok("members", Map.of("members", directory.listings().stream().map(Rows::listing).toList(),
                "year", LocalDateTime.now(clock).getYear()));
    }

    @GET
    @Path("members/{siren}")
    public Response member(@PathParam("siren") String siren) {
        MemberId id = MemberId.of(siren);
        DirectoryListing listing = directory.listings().stream().filter(l -> l.memberId().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("member " + siren));
        Map<String, Object> model = new HashMap<>();
        model.put("member", Rows.listing(listing));
        if (page.actor().filter(a -> a.isStaff() || a.represents(siren)).isPresent()) {
            model.put("signed", charter.hasSignedCurrent(id));
        }
        return page.ok("member-public", model);
    }

    @GET
    @Path("training")
    public Response sessions() {
        return page.ok("sessions", Map.of("sessions", upcomingSessions().stream().map(Rows::session).toList()));
    }

    @GET
    @Path("training/{id}")
    public Response session(@PathParam("id") String id) {
        SessionId sessionId = SessionId.of(id);
        SessionView session = training.publishedSession(sessionId)
                .orElseThrow(() -> new UnknownSessionException(sessionId));
        Map<String, Object> model = new HashMap<>();
        model.put("session", Rows.session(session));
        page.actor().flatMap(Actor::representing).ifPresent(siren -> model.put("ownRegistrations",
                training.registrationsOf(page.requireActor(), MemberId.of(siren), sessionId).stream()
                        .map(Rows::registration).toList()));
        return page.ok("session", model);
    }

    @GET
    @Path("training/{id}/calendar.ics")
    @Produces(TrainingCalendar.MEDIA_TYPE)
    public Response sessionCalendar(@PathParam("id") String id) {
        return Response.ok(calendar.session(SessionId.of(id)), TrainingCalendar.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"session-" + id + ".ics\"").build();
    }

    @GET
    @Path("events")
    public Response events() {
        return page.ok("events", Map.of("events", events.upcoming().stream().map(Rows::event).toList()));
    }

    @GET
    @Path("charter")
    public Response charter(@QueryParam("code") String code) {
        Map<String, Object> model = new HashMap<>();
        if (code != null && !code.isBlank()) {
            CertificateVerification v = charter.verify(code);
            model.put("code", code);
            model.put("valid", v.isValid());
            model.put("meaning", v.outcome().meaning());
            model.put("memberName", v.memberName().orElse(""));
        }
        return page.ok("charter", model);
    }

    private List<SessionView> upcomingSessions() {
        return training.publishedSessions(LocalDateTime.now(clock));
    }
}
