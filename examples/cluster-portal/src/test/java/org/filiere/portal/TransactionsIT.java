package org.filiere.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The library in the server's JTA transactions, through the portal's JSON API: a request whose service call fails
 * keeps nothing and tells no one; registrations arriving together get seats and waitlist places in one order.
 */
class TransactionsIT {

    @BeforeAll
    static void portalStarted() throws InterruptedException {
        Portal.awaitStarted();
    }

    @Test
    void aGroupWithOneRefusedRegistrationKeepsNoneAndTellsNoOne() throws Exception {
        String session = Portal.newSession(5, 40);
        HttpResponse<String> refused = Portal.postJson("/api/member/sessions/" + session + "/registrations/group",
                Portal.ANNE, "[{\"name\":\"Inès Vial\",\"email\":\"ines.vial@alpes.example\"},"
                        + "{\"name\":\"Yann Rey\",\"email\":\"yann.rey@alpes.example\"},"
                        + "{\"name\":\"Inès Vial\",\"email\":\"ines.vial@alpes.example\"}]");

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("Inès Vial").doesNotContain("at org.");
        String registrations = Portal.get("/api/staff/sessions/" + session + "/registrations", Portal.STAFF).body();
        assertThat(registrations).isEqualTo("[]");
        assertThat(Portal.get("/api/staff/sessions/" + session + "/notices", Portal.STAFF).body()).isEqualTo("[]");

        HttpResponse<String> kept = Portal.postJson("/api/member/sessions/" + session + "/registrations/group",
                Portal.ANNE, "[{\"name\":\"Inès Vial\",\"email\":\"ines.vial@alpes.example\"},"
                        + "{\"name\":\"Yann Rey\",\"email\":\"yann.rey@alpes.example\"}]");
        assertThat(kept.statusCode()).isEqualTo(201);
        assertThat(Portal.count(Portal.get("/api/staff/sessions/" + session + "/registrations", Portal.STAFF)
                .body(), "\"CONFIRMED\"")).isEqualTo(2);
        assertThat(Portal.get("/api/staff/sessions/" + session + "/notices", Portal.STAFF).body())
                .contains("Inès Vial", "Yann Rey");
    }

    @Test
    void badInputIsAClear400WithTheLibrarysMessage() throws Exception {
        String session = Portal.newSession(5, 41);
        HttpResponse<String> bad = Portal.postJson("/api/member/sessions/" + session + "/registrations",
                Portal.ANNE, "{\"name\":\"Léa Collet\",\"email\":\"not an address\"}");

        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("\\\"not an address\\\" is not an e-mail address").doesNotContain("at org.");
    }

    @Test
    void twoHundredRegistrationsAtOnceGiveTwentySeatsAndAWaitlistInArrivalOrder() throws Exception {
        String session = Portal.newSession(20, 42);
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 1; i <= 200; i++) {
            calls.add(Portal.postJsonAsync("/api/member/sessions/" + session + "/registrations", Portal.ANNE,
                    "{\"name\":\"Trainee " + i + "\",\"email\":\"trainee" + i + "@alpes.example\"}"));
        }
        List<HttpResponse<String>> answers = calls.stream().map(CompletableFuture::join).toList();

        assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).as(a.body()).isEqualTo(201));
        assertThat(answers.stream().filter(a -> a.body().contains("\"CONFIRMED\""))).hasSize(20);
        assertThat(answers.stream().filter(a -> a.body().contains("\"WAITLISTED\""))).hasSize(180);
        List<Integer> places = answers.stream().map(a -> Integer.parseInt(
                Portal.first(a.body(), "\"waitlistPosition\":(\\d+)"))).filter(p -> p > 0).sorted().toList();
        assertThat(places).hasSize(180).doesNotHaveDuplicates().startsWith(1).endsWith(180);

        String registrations = Portal.get("/api/staff/sessions/" + session + "/registrations", Portal.STAFF).body();
        Matcher row = Pattern.compile("\"arrival\":(\\d+)[^}]*\"status\":\"(\\w+)\",\"waitlistPosition\":(\\d+)")
                .matcher(registrations);
        int rows = 0;
        int lastArrival = 0;
        int lastPlace = 0;
        while (row.find()) {
            rows++;
            int arrival = Integer.parseInt(row.group(1));
            assertThat(arrival).isGreaterThan(lastArrival);
            lastArrival = arrival;
            if (rows <= 20) {
                assertThat(row.group(2)).isEqualTo("CONFIRMED");
            } else {
                assertThat(row.group(2)).isEqualTo("WAITLISTED");
                assertThat(Integer.parseInt(row.group(3))).isEqualTo(lastPlace + 1);
                lastPlace++;
            }
        }
        assertThat(rows).isEqualTo(200);
        assertThat(Portal.count(Portal.get("/api/staff/sessions/" + session + "/notices", Portal.STAFF).body(),
                "\"participant\"")).isEqualTo(20);
    }

    @Test
    void aRepresentativeCannotReadAnotherMembersPageNorTheStaffsApi() throws Exception {
        String annesSiren = Portal.first(Portal.get("/api/members", null).body(),
                "\"name\":\"Alpes Logiciels SAS\",\"siren\":\"(\\d{9})\"");

        HttpResponse<String> asPaul = Portal.get("/member/" + annesSiren, Portal.PAUL);
        assertThat(asPaul.statusCode()).isEqualTo(403);
        assertThat(asPaul.body()).doesNotContain("Alpes Logiciels").doesNotContain("at org.");
        assertThat(Portal.get("/member/" + annesSiren, Portal.ANNE).statusCode()).isEqualTo(200);
        assertThat(Portal.get("/api/courses", Portal.PAUL).statusCode()).isEqualTo(200);
        assertThat(Portal.postJson("/api/staff/sessions", Portal.PAUL, "{}").statusCode()).isEqualTo(403);
    }
}
