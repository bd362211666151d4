package org.filiere.integration.tenders;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.filiere.watch.FieldIssue;
import org.filiere.watch.TenderNotice;

/**
 * Reads one OCDS release as a tender notice. The contracting process id ({@code ocid}) identifies the tender, so
 * that its later releases (an amendment, the award) update it. The buyer is found the 1.1 way (a reference into
 * {@code parties}) or the 1.0 way (the organisation given inline); a release without a tender section (an award
 * published alone) is read from its first award.
 */
final class OcdsReleases {

    /** The source of OCDS tenders: an {@code ocid} is unique across publishers. */
    static final String SOURCE = "ocds";

    private static final Set<String> SIRET_SCHEMES = Set.of("FR-RCS", "FR-SIRET", "SIRET");
    private static final Set<String> FRANCE = Set.of("FRANCE", "FR", "FRA");

    private OcdsReleases() {
    }

    static TenderNotice notice(JsonNode release, List<FieldIssue> fileIssues) {
        List<FieldIssue> issues = new ArrayList<>(fileIssues);
        JsonNode tender = Json.at(release, "tender");
        JsonNode award = Json.array(release, "awards").stream().findFirst().orElse(null);
        JsonNode buyerParty = buyerParty(release);
        JsonNode identifier = Json.at(release, "buyer", "identifier") != null ? Json.at(release, "buyer", "identifier")
                : Json.at(buyerParty, "identifier");
        String siret = identifier != null && Json.text(identifier, "scheme") != null
                && SIRET_SCHEMES.contains(Json.text(identifier, "scheme").toUpperCase(Locale.ROOT))
                ? Json.text(identifier, "id") : null;
        String buyerName = Json.first(List.of(nullToEmpty(Json.text(release, "buyer", "name")),
                nullToEmpty(Json.text(buyerParty, "name")), nullToEmpty(Json.text(identifier, "legalName"))))
                .orElse(null);

        List<JsonNode> items = new ArrayList<>(Json.array(tender, "items"));
        if (items.isEmpty() && award != null) {
            items.addAll(Json.array(award, "items"));
        }
        List<String> cpv = new ArrayList<>();
        for (JsonNode item : items) {
            List<JsonNode> classifications = new ArrayList<>();
            if (Json.at(item, "classification") != null) {
                classifications.add(Json.at(item, "classification"));
            }
            classifications.addAll(Json.array(item, "additionalClassifications"));
            for (JsonNode c : classifications) {
                String scheme = Json.text(c, "scheme");
                if (scheme != null && scheme.equalsIgnoreCase("CPV")) {
                    cpv.add(Json.text(c, "id"));
                } else {
                    issues.add(new FieldIssue("item classification", Json.text(c, "id"),
                            "its scheme " + scheme + " is not CPV; it is left out"));
                }
            }
        }

        JsonNode value = Json.at(tender, "value") != null ? Json.at(tender, "value") : Json.at(award, "value");
        String postcode = null;
        JsonNode address = Json.at(release, "buyer", "address") != null ? Json.at(release, "buyer", "address")
                : Json.at(buyerParty, "address");
        String country = Json.text(address, "countryName");
        if (address != null && (country == null || FRANCE.contains(country.strip().toUpperCase(Locale.ROOT)))) {
            postcode = Json.text(address, "postalCode");
        }
        return new TenderNotice(SOURCE, Json.text(release, "ocid"), buyerName, siret,
                Json.first(List.of(nullToEmpty(Json.text(tender, "title")), nullToEmpty(Json.text(award, "title"))))
                        .orElse(null),
                Json.first(List.of(nullToEmpty(Json.text(tender, "description")),
                        nullToEmpty(Json.text(award, "description")))).orElse(null),
                cpv, null, postcode, null, Json.text(value, "amount"), Json.text(value, "currency"),
                Json.text(release, "date"), Json.text(tender, "tenderPeriod", "endDate"), noticeUrl(tender),
                issues);
    }

    private static JsonNode buyerParty(JsonNode release) {
        String buyerId = Json.text(release, "buyer", "id");
        for (JsonNode party : Json.array(release, "parties")) {
            if (buyerId != null && buyerId.equals(Json.text(party, "id"))) {
                return party;
            }
        }
        for (JsonNode party : Json.array(release, "parties")) {
            for (JsonNode role : Json.array(party, "roles")) {
                if ("buyer".equals(role.asText())) {
                    return party;
                }
            }
        }
        return null;
    }

    private static String noticeUrl(JsonNode tender) {
        List<JsonNode> documents = Json.array(tender, "documents");
        Optional<String> notice = documents.stream().filter(d -> "tenderNotice".equals(Json.text(d, "documentType")))
                .map(d -> Json.text(d, "url")).filter(u -> u != null && !u.isBlank()).findFirst();
        return notice.orElseGet(() -> documents.stream().map(d -> Json.text(d, "url"))
                .filter(u -> u != null && !u.isBlank()).findFirst().orElse(null));
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
