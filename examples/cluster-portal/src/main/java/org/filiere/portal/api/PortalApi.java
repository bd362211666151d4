package org.filiere.portal.api;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.filiere.access.AccessRefusedException;
import org.filiere.access.Actor;
import org.filiere.charter.application.CertificateVerification;
import org.filiere.charter.application.CharterService;
import org.filiere.directory.application.DirectoryService;
import org.filiere.event.application.EventPublication;
import org.filiere.kernel.InvalidFieldException;
import org.filiere.member.MemberId;
import org.filiere.member.application.MemberDirectory;
import org.filiere.member.application.MemberView;
import org.filiere.portal.security.PortalCurrentActor;
import org.filiere.portal.web.NotSignedInException;
import org.filiere.training.CourseId;
import org.filiere.training.Participant;
import org.filiere.training.Prices;
import org.filiere.training.Schedule;
import org.filiere.training.SessionId;
import org.filiere.training.SessionPlan;
import org.filiere.training.UnknownSessionException;
import org.filiere.training.Venue;
import org.filiere.training.application.CatalogueService;
import org.filiere.training.application.RegistrationService;
import org.filiere.training.application.TrainingCommands.Register;
import org.filiere.training.application.TrainingCommands.ScheduleSession;
import org.filiere.training.application.TrainingDirectory;

/**
 * The JSON API over the library's services: public reads, a representative's registrations, the staff's reads and
 * scheduling. Each request is one transaction of the server: when a call fails, nothing the request did is kept.
 * Callers sign in as on the pages (the server's form login and its single sign-on cookie).
 */
@Path("api")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PortalApi {

    @Inject
    PortalCurrentActor currentActor;

    @Inject
    MemberDirectory members;

    @Inject
    DirectoryService directory;

    @Inject
    TrainingDirectory training;

    @Inject
    CatalogueService catalogue;

    @Inject
    RegistrationService registrations;

    @Inject
    EventPublication events;

    @Inject
    CharterService charter;

    @Inject
    ConfirmationNotices notices;

    @Inject
    Clock clock;

    @GET
    @Path("sessions")
    public List<Json.Session> sessions() {
        return training.publishedSessions(LocalDateTime.now(clock)).stream().map(Json.Session::of).toList();
    }

    @GET
    @Path("sessions/{id}")
    public Json.Session session(@PathParam("id") String id) {
        SessionId sessionId = SessionId.of(id);
        return training.publishedSession(sessionId).map(Json.Session::of)
                .orElseThrow(() -> new UnknownSessionException(sessionId));
    }

    @GET
    @Path("courses")
    public List<Json.Course> courses() {
        return training.courses().stream().map(c -> new Json.Course(c.id().value().toString(),
                c.description().title())).toList();
    }

    @GET
    @Path("members")
    public List<Json.Member> members() {
        return directory.listings().stream().map(Json.Member::of).toList();
    }

    @GET
    @Path("events")
    public List<Json.Event> events() {
        return events.upcoming().stream().map(Json.Event::of).toList();
    }

    @GET
    @Path("certificates/{code}")
    public Json.Certificate certificate(@PathParam("code") String code) {
        CertificateVerification v = charter.verify(code);
        return new Json.Certificate(v.code(), v.isValid(), v.outcome().meaning(), v.memberName().orElse(""));
    }

    @POST
    @Path("member/sessions/{id}/registrations")
    @Transactional
    public Response register(@PathParam("id") String id, Json.Person person) {
        List<Json.Registered> done = registerAll(SessionId.of(id), person == null ? List.of() : List.of(person));
        return Response.created(URI.create("/api/sessions/" + id)).entity(done.get(0)).build();
    }

    @POST
    @Path("member/sessions/{id}/registrations/group")
    @Transactional
    public Response registerGroup(@PathParam("id") String id, List<Json.Person> people) {
        return Response.status(Response.Status.CREATED)
                .entity(registerAll(SessionId.of(id), people == null ? List.of() : people)).build();
    }

    @GET
    @Path("staff/sessions/{id}/registrations")
    public List<Json.Registration> registrations(@PathParam("id") String id) {
        return training.registrations(actor(), SessionId.of(id)).stream().map(Json.Registration::of).toList();
    }

    @GET
    @Path("staff/sessions/{id}/notices")
    public List<ConfirmationNotices.Notice> notices(@PathParam("id") String id) {
        training.registrations(actor(), SessionId.of(id));
        return notices.of(SessionId.of(id).value().toString());
    }

    @POST
    @Path("staff/sessions")
    @Transactional
    public Response schedule(Json.NewSession session) {
        if (session == null) {
            throw new InvalidFieldException("The new session", "body", "is missing");
        }
        LocalDate day = LocalDate.parse(session.day());
        SessionId id = catalogue.schedule(new ScheduleSession(actor(), CourseId.of(session.courseId()),
                new SessionPlan(Schedule.on(day, 9, 0, 17, 0), new Venue("Maison du numérique", "3 parvis Louis Néel",
                        "38000", "Grenoble"), List.of(), Prices.euros("150", "390"), day.minusDays(1)),
                session.capacity(), true));
        return Response.created(URI.create("/api/sessions/" + id.value()))
                .entity(Json.Session.of(training.session(id).orElseThrow())).build();
    }

    private List<Json.Registered> registerAll(SessionId session, List<Json.Person> people) {
        Actor actor = actor();
        MemberId employer = MemberId.of(actor.representing().orElseThrow(() -> new AccessRefusedException(actor,
                "register a colleague through the member API", "a member's representative")));
        if (people.isEmpty()) {
            throw new InvalidFieldException("The registration", "body", "names no one");
        }
        MemberView member = members.member(employer).orElseThrow();
        List<Json.Registered> done = new ArrayList<>();
        for (Json.Person p : people) {
            done.add(Json.Registered.of(registrations.register(new Register(actor, session,
                    Participant.employeeOf(employer, p.name(), p.email(), member.name())))));
        }
        return done;
    }

    private Actor actor() {
        return currentActor.signedIn().orElseThrow(NotSignedInException::new);
    }
}
