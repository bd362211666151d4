package org.filiere.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A representative's market watch and charter pages: the member's watch profile and digests, editing the profile,
 * signing the charter in force and getting a certificate anyone can check; another member's representative is
 * refused all of it by the library.
 */
class RepresentativePagesIT {

    private static String annes;

    @BeforeAll
    static void portalStarted() throws Exception {
        Portal.awaitStarted();
        annes = Portal.first(Portal.get("/api/members", Portal.STAFF).body(),
                "\"name\":\"Alpes Logiciels SAS\",\"siren\":\"(\\d{9})\"");
    }

    @Test
    void theRepresentativeSeesTheMembersDigestsWithTheMatchingTendersOnly() throws Exception {
        HttpResponse<String> page = Portal.get("/member/" + annes + "/watch", Portal.ANNE);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Audit de cybersécurité des systèmes")
                .contains("Maintenance et évolution du logiciel de gestion des archives")
                .doesNotContain("Nettoyage des locaux informatiques");
    }

    @Test
    void theRepresentativeEditsTheWatchProfileThroughTheLibrary() throws Exception {
        String watch = "/member/" + annes + "/watch";
        HttpResponse<String> saved = Portal.postForm(watch, watch, Portal.ANNE, "keywords=cybersécurité, cloud",
                "phrases=hébergement de données\ninfogérance de postes", "excludedWords=nettoyage",
                "cpvCodes=72 48", "departments=38", "regions=Auvergne-Rhône-Alpes", "minValue=10 000",
                "maxValue=", "recipients=veille@alpeslogiciels.example", "active=yes");

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
        String page = Portal.get(watch, Portal.ANNE).body();
        assertThat(page).contains("value=\"cybersécurité, cloud\"").contains("infogérance de postes")
                .contains("value=\"72, 48\"").contains("value=\"10000\"").contains("Auvergne-Rhône-Alpes")
                .contains("value=\"veille@alpeslogiciels.example\"");
    }

    @Test
    void aBadCpvCodeIsRefusedNamingTheFieldAndNothingChanges() throws Exception {
        String watch = "/member/" + annes + "/watch";
        String before = Portal.first(Portal.get(watch, Portal.ANNE).body(), "id=\"keywords\" name=\"keywords\""
                + " size=\"60\" value=\"([^\"]*)\"");
        HttpResponse<String> refused = Portal.postForm(watch, watch, Portal.ANNE, "keywords=tout autre mot",
                "cpvCodes=99999999", "recipients=veille@alpeslogiciels.example", "active=yes");

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("is refused (CPV codes)").doesNotContain("at org.");
        assertThat(Portal.get(watch, Portal.ANNE).body()).contains("value=\"" + before + "\"")
                .doesNotContain("tout autre mot");
    }

    @Test
    void anotherMembersRepresentativeIsRefusedTheWatchAndTheSignature() throws Exception {
        HttpResponse<String> watch = Portal.get("/member/" + annes + "/watch", Portal.PAUL);
        assertThat(watch.statusCode()).isEqualTo(403);
        assertThat(watch.body()).doesNotContain("Audit de cybersécurité");
        assertThat(Portal.get("/member/" + annes + "/charter", Portal.PAUL).statusCode()).isEqualTo(403);
        String paulsCharter = "/member/" + Portal.first(Portal.get("/api/members", Portal.STAFF).body(),
                "\"name\":\"Vercors Data SARL\",\"siren\":\"(\\d{9})\"") + "/charter";
        HttpResponse<String> sign = Portal.postForm(paulsCharter, "/member/" + annes + "/charter/sign",
                Portal.PAUL, "signatory=Paul Brun", "role=Gérant");
        assertThat(sign.statusCode()).isEqualTo(403);
    }

    @Test
    void theRepresentativeSignsTheCharterInForceAndGetsACertificateAnyoneCanCheck() throws Exception {
        String charter = "/member/" + annes + "/charter";
        if (Portal.get(charter, Portal.ANNE).body().contains("Withdraw the signature")) {
            HttpResponse<String> revoked = Portal.postForm(charter, charter + "/revoke", Portal.ANNE,
                    "reason=Nouvelle direction, signature à renouveler");
            assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(303);
        }
        assertThat(Portal.get(charter, Portal.ANNE).body()).contains("Sign version 1 of the charter");

        HttpResponse<String> signed = Portal.postForm(charter, charter + "/sign", Portal.ANNE,
                "signatory=Anne Roux", "role=Directrice générale");

        assertThat(signed.statusCode()).as(signed.body()).isEqualTo(303);
        String location = signed.headers().firstValue("Location").orElseThrow();
        String code = URLDecoder.decode(Portal.first(location, "signed=([^&]+)"), StandardCharsets.UTF_8);
        String page = Portal.get(location.substring(location.indexOf("/member/")), Portal.ANNE).body();
        assertThat(page).contains("certificate code is <code>" + code + "</code>")
                .contains("Anne Roux (Directrice générale)").doesNotContain("Sign version 1");
        String check = Portal.get("/charter?code=" + java.net.URLEncoder.encode(code, StandardCharsets.UTF_8),
                null).body();
        assertThat(check).contains("Alpes Logiciels SAS").contains("class=\"notice\"");
    }
}
