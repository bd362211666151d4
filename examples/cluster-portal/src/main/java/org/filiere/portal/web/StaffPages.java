package org.filiere.portal.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.filiere.access.Actor;
import org.filiere.portal.seed.DemoPeople;
import org.filiere.report.application.ReportService;
import org.filiere.reporting.HtmlReport;
import org.filiere.member.MemberId;
import org.filiere.member.MemberQuery;
import org.filiere.member.MembershipStatus;
import org.filiere.member.application.MemberDirectory;
import org.filiere.member.application.MembershipCommands.AdmitMember;
import org.filiere.member.application.MembershipService;
import org.filiere.training.Attendance;
import org.filiere.training.RegistrationId;
import org.filiere.training.SessionId;
import org.filiere.training.SessionQuery;
import org.filiere.training.UnknownSessionException;
import org.filiere.training.application.RegistrationService;
import org.filiere.training.application.RegistrationView;
import org.filiere.training.application.SessionView;
import org.filiere.training.application.TrainingCommands.CloseSession;
import org.filiere.training.application.TrainingCommands.OpenSession;
import org.filiere.training.application.TrainingCommands.RecordAttendance;
import org.filiere.training.application.CatalogueService;
import org.filiere.training.application.TrainingDirectory;

/**
 * The staff's pages: admitting members, opening and closing sessions, their registrations and attendance, and the
 * activity report of a year.
 */
@Path("staff")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class StaffPages {

    @Inject
    Page page;

    @Inject
    MemberDirectory members;

    @Inject
    MembershipService memberships;

    @Inject
    TrainingDirectory training;

    @Inject
    CatalogueService catalogue;

    @Inject
    RegistrationService registrations;

    @Inject
    ReportService reports;

    @Inject
    Clock clock;

    private static final HtmlReport REPORT_PAGE = new HtmlReport(DemoPeople.CLUSTER_NAME);

    @GET
    public Response dashboard() {
        page.requireActor();
        int year = LocalDate.now(clock).getYear();
        Map<String, Object> model = new HashMap<>();
        model.put("applicants", members.find(MemberQuery.all().inYear(year).withStatus(MembershipStatus.APPLIED))
                .stream().map(Rows::member).toList());
        model.put("sessions", training.sessions(SessionQuery.all().inYear(year)).stream().map(Rows::session)
                .toList());
        model.put("year", year);
        return page.ok("staff", model);
    }

    /** The activity report of a year (this year by default) as the reporting module writes it, one whole page. */
    @GET
    @Path("report")
    public Response report(@QueryParam("year") Integer year) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        return Response.ok(REPORT_PAGE.render(reports.build(page.requireActor(), y)),
                MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    @POST
    @Path("members/{siren}/admit")
    @Transactional
    public Response admit(@PathParam("siren") String siren, @FormParam("formToken") String formToken) {
        page.checkFormToken(formToken);
        memberships.admit(new AdmitMember(page.requireActor(), MemberId.of(siren), LocalDate.now(clock).getYear()));
        return Response.seeOther(URI.create("/staff")).build();
    }

    @GET
    @Path("sessions/{id}")
    public Response session(@PathParam("id") String id) {
        Actor actor = page.requireActor();
        SessionId sessionId = SessionId.of(id);
        SessionView session = training.session(sessionId).orElseThrow(() -> new UnknownSessionException(sessionId));
        List<RegistrationView> list = training.registrations(actor, sessionId);
        Map<String, Object> row = Rows.session(session);
        row.put("ended", session.plan().schedule().hasEndedAt(clock.instant()));
        return page.ok("staff-session", Map.of("session", row,
                "registrations", list.stream().map(Rows::registration).toList()));
    }

    @POST
    @Path("sessions/{id}/open")
    @Transactional
    public Response open(@PathParam("id") String id, @FormParam("formToken") String formToken) {
        page.checkFormToken(formToken);
        catalogue.open(new OpenSession(page.requireActor(), SessionId.of(id)));
        return backTo(id);
    }

    @POST
    @Path("sessions/{id}/close")
    @Transactional
    public Response close(@PathParam("id") String id, @FormParam("formToken") String formToken,
            @FormParam("reason") String reason) {
        page.checkFormToken(formToken);
        catalogue.close(new CloseSession(page.requireActor(), SessionId.of(id),
                MemberPages.required("reason", reason)));
        return backTo(id);
    }

    @POST
    @Path("sessions/{id}/attendance")
    @Transactional
    public Response attendance(@PathParam("id") String id, Form form) {
        Map<String, List<String>> fields = form.asMap();
        page.checkFormToken(fields.getOrDefault(FormTokens.FIELD, List.of()).stream().findFirst().orElse(null));
        Map<RegistrationId, Attendance> marks = new HashMap<>();
        fields.forEach((name, values) -> {
            if (name.startsWith("attendance-") && !values.isEmpty()) {
                marks.put(RegistrationId.of(name.substring("attendance-".length())), Attendance.valueOf(
                        values.get(0).equals("ABSENT") ? "ABSENT" : "PRESENT"));
            }
        });
        registrations.recordAttendance(new RecordAttendance(page.requireActor(), SessionId.of(id), marks));
        return backTo(id);
    }

    private static Response backTo(String id) {
        return Response.seeOther(URI.create("/staff/sessions/" + SessionId.of(id).value())).build();
    }
}
