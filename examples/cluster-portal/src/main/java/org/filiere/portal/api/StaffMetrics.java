package org.filiere.portal.api;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.filiere.access.Actor;
import org.filiere.charter.application.CharterService;
import org.filiere.charter.application.SignatureRate;
import org.filiere.integration.camel.deadletter.DeadLetterService;
import org.filiere.member.application.MemberDirectory;
import org.filiere.member.application.MembershipFigures;
import org.filiere.portal.security.PortalCurrentActor;
import org.filiere.portal.web.NotSignedInException;
import org.filiere.training.SessionQuery;
import org.filiere.training.application.SessionView;
import org.filiere.training.application.TrainingDirectory;
import org.filiere.watch.application.DigestService;
import org.filiere.watch.application.TenderService;

/**
 * The library's own figures for a year, as JSON for the staff's monitoring: members by status, training sessions and
 * their registrations, the charter's signature rate, tenders received and digests waiting to be sent. Each figure is
 * read through the library's services, which refuse anyone but staff. The dead letters of the integrations are counted too
 * (listed at {@code /api/staff/integrations}).
 */
@Path("api/staff/metrics")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StaffMetrics {

    @Inject
    PortalCurrentActor currentActor;

    @Inject
    MemberDirectory members;

    @Inject
    TrainingDirectory training;

    @Inject
    CharterService charter;

    @Inject
    TenderService tenders;

    @Inject
    DigestService digests;

    @Inject
    DeadLetterService deadLetters;

    @Inject
    Clock clock;

    /**
     * The figures of a year, this year by default.
     *
     * @param year the year, or none for this year
     * @return the figures by name
     */
    @GET
    public Map<String, Object> metrics(@QueryParam("year") Integer year) {
        Actor actor = currentActor.signedIn().orElseThrow(NotSignedInException::new);
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        MembershipFigures figures = members.figures(y);
        List<SessionView> sessions = training.sessions(SessionQuery.all().inYear(y));
        SignatureRate rate = charter.signatureRate(actor, y);
        Map<String, Object> byStatus = new LinkedHashMap<>();
        figures.byStatus().forEach((status, n) -> byStatus.put(status.name(), n));

        Map<String, Object> all = new LinkedHashMap<>();
        all.put("year", y);
        all.put("members", figures.members());
        all.put("membersByStatus", byStatus);
        all.put("sessions", sessions.size());
        all.put("sessionsOpen", sessions.stream().filter(s -> s.status().name().equals("OPEN")).count());
        all.put("seats", sessions.stream().mapToLong(SessionView::capacity).sum());
        all.put("registrationsConfirmed", sessions.stream().mapToLong(SessionView::confirmed).sum());
        all.put("registrationsWaitlisted", sessions.stream().mapToLong(SessionView::waitlisted).sum());
        all.put("charterSignatories", rate.signatories());
        all.put("charterSignatureRatePercent", rate.percent().setScale(1, java.math.RoundingMode.HALF_UP)
                .toPlainString());
        all.put("tenders", tenders.count());
        all.put("digestsUnsent", digests.unsent().size());
        all.put("deadLetters", deadLetters.list(actor, Optional.empty()).size());
        return all;
    }
}
