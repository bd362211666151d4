package org.filiere.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The training providers' integration inside the server: a catalogue dropped in the server's folder brings its good
 * course in and its bad record to the dead letters, which staff see, with the routes' states, and retry; the
 * representatives are refused all of it; the readiness check reports the Camel routes.
 */
class IntegrationsIT {

    private static final String GOOD_TITLE = "Conduite de projets numériques en cluster";
    private static final String BAD_COURSE = "IT-BAD-1";
    private static String badLetter;
    private static String badKey;

    @BeforeAll
    static void catalogueDropped() throws Exception {
        Portal.awaitStarted();
        if (badLetter != null) {
            return;
        }
        Path folder = Path.of(System.getProperty("portal.catalogues"));
        Files.createDirectories(folder);
        String csv = String.join("\n",
                "provider_siret;provider_name;course_id;title;hours;session_id;start;end;venue;postcode;commune;"
                        + "seats",
                "32228438100017;Atelier Data;IT-GOOD-1;" + GOOD_TITLE
                        + ";14;IT-GOOD-1-S1;2030-09-21 09:00;2030-09-22 17:00;Atelier Data;38000;Grenoble;10",
                "32228438100017;Atelier Data;" + BAD_COURSE
                        + ";Un cours au jour impossible;7;IT-BAD-1-S1;2030-02-30;2030-02-30;Atelier Data;38000;Grenoble;10",
                "");
        Path hidden = folder.resolve(".catalogue-it.csv");
        Files.writeString(hidden, csv, StandardCharsets.UTF_8);
        Files.move(hidden, folder.resolve("catalogue-it.csv"), StandardCopyOption.ATOMIC_MOVE);

        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            last = Portal.get("/api/staff/integrations", Portal.STAFF).body();
            if (last.contains(BAD_COURSE)) {
                badLetter = Portal.first(last, "\"id\":\"([^\"]+)\",\"route\":\"training-providers-course\","
                        + "\"key\":\"[^\"]*" + BAD_COURSE);
                badKey = Portal.first(last, "\"id\":\"" + badLetter + "\",\"route\":\"[^\"]+\",\"key\":\"([^\"]+)\"");
                return;
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("The bad record never reached the dead letters; the integrations said: " + last);
    }

    @Test
    void theGoodCourseIsImportedAndTheBadRecordListedForStaffWithItsReason() throws Exception {
        assertThat(Portal.get("/api/courses", null).body()).contains(GOOD_TITLE);

        HttpResponse<String> json = Portal.get("/api/staff/integrations", Portal.STAFF);
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.body()).contains("\"route\":\"training-providers-files\",\"state\":\"Started\"")
                .contains("\"route\":\"training-providers-course\"").contains("\"retryable\":true");
        assertThat(Portal.first(json.body(), "\"id\":\"" + badLetter + "\"[^}]*\"reason\":\"([^\"]+)\""))
                .containsIgnoringCase("date");

        HttpResponse<String> page = Portal.get("/staff/integrations", Portal.STAFF);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("training-providers-files").contains(BAD_COURSE)
                .contains("/staff/integrations/dead-letters/" + badLetter + "/retry");
    }

    @Test
    void staffRetryTheDeadLetterAndAreToldItFailedAgain() throws Exception {
        HttpResponse<String> retried = Portal.postJson("/api/staff/integrations/dead-letters/" + badLetter + "/retry",
                Portal.STAFF, "{}");

        assertThat(retried.statusCode()).isEqualTo(200);
        assertThat(retried.body()).contains("\"id\":\"" + badLetter + "\"").contains("\"succeeded\":false")
                .contains("\"reason\":");

        HttpResponse<String> page = Portal.postForm("/staff/integrations",
                "/staff/integrations/dead-letters/" + badLetter + "/retry", Portal.STAFF);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Dead letter " + badLetter + " failed again");
        String letters = Portal.get("/api/staff/integrations", Portal.STAFF).body();
        assertThat(Portal.count(letters, "\"key\":\"" + badKey + "\"")).as("letters of the bad record in " + letters)
                .isEqualTo(1);
        assertThat(Portal.first(letters, "\"id\":\"" + badLetter + "\"[^}]*\"attempts\":(\\d+)")).isEqualTo("3");
    }

    @Test
    void aRepresentativeIsRefusedTheIntegrationsAndTheRetry() throws Exception {
        assertThat(Portal.get("/staff/integrations", Portal.ANNE).statusCode()).isEqualTo(403);
        assertThat(Portal.get("/api/staff/integrations", Portal.ANNE).statusCode()).isEqualTo(403);
        assertThat(Portal.postJson("/api/staff/integrations/dead-letters/" + badLetter + "/retry", Portal.ANNE, "{}")
                .statusCode()).isEqualTo(403);
    }

    @Test
    void theReadinessCheckReportsTheCamelRoutesUp() throws Exception {
        HttpResponse<String> health = Portal.get("/health/ready", null);

        assertThat(health.statusCode()).as("every readiness check is up").isEqualTo(200);
        assertThat(health.body()).contains("\"name\":\"integrations\"").contains("\"camel\":\"Started\"")
                .contains("\"training-providers-files\":\"Started, ");
    }
}
