package org.filiere.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The staff's figures: the library's own figures as JSON and the activity report's page, both refused to a member's
 * representative.
 */
class StaffPagesIT {

    @BeforeAll
    static void portalStarted() throws InterruptedException {
        Portal.awaitStarted();
    }

    @Test
    void theMetricsGiveTheLibrarysFiguresOfTheSeededCluster() throws Exception {
        HttpResponse<String> metrics = Portal.get("/api/staff/metrics", Portal.STAFF);

        assertThat(metrics.statusCode()).isEqualTo(200);
        String json = metrics.body();
        assertThat(json).contains("\"year\":" + LocalDate.now().getYear()).contains("\"members\":12")
                .contains("\"tenders\":3").contains("\"digestsUnsent\":1");
        int sessions = Integer.parseInt(Portal.first(json, "\"sessions\":(\\d+)"));
        int confirmed = Integer.parseInt(Portal.first(json, "\"registrationsConfirmed\":(\\d+)"));
        assertThat(sessions).isPositive();
        assertThat(confirmed).isGreaterThanOrEqualTo(8);
        assertThat(json).contains("\"ADMITTED\":12");
        // the signature rate counts the members whose dues are paid: the seed's are admitted, none paid yet
        assertThat(json).contains("\"charterSignatories\":0");
    }

    @Test
    void aNewRegistrationCountsInTheMetrics() throws Exception {
        String metrics = "/api/staff/metrics?year=" + LocalDate.now().plusDays(43).getYear();
        int before = Integer.parseInt(Portal.first(Portal.get(metrics, Portal.STAFF).body(),
                "\"registrationsConfirmed\":(\\d+)"));
        String session = Portal.newSession(5, 43);
        assertThat(Portal.postJson("/api/member/sessions/" + session + "/registrations", Portal.ANNE,
                "{\"name\":\"Noé Perrin\",\"email\":\"noe.perrin@alpes.example\"}").statusCode()).isEqualTo(201);

        int after = Integer.parseInt(Portal.first(Portal.get(metrics, Portal.STAFF).body(),
                "\"registrationsConfirmed\":(\\d+)"));
        assertThat(after).isEqualTo(before + 1);
    }

    @Test
    void staffReadTheActivityReportOfTheYear() throws Exception {
        int year = LocalDate.now().getYear();
        HttpResponse<String> report = Portal.get("/staff/report?year=" + year, Portal.STAFF);

        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.body()).contains("Rapport d&#39;activité " + year).contains("Numérique Isère").contains("<svg");
    }

    @Test
    void aRepresentativeIsRefusedTheFiguresAndTheReport() throws Exception {
        assertThat(Portal.get("/api/staff/metrics", Portal.ANNE).statusCode()).isEqualTo(403);
        assertThat(Portal.get("/staff/report", Portal.ANNE).statusCode()).isEqualTo(403);
    }
}
