package org.filiere.integration.tenders;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

import org.filiere.watch.FieldIssue;
import org.filiere.watch.TenderNotice;

/**
 * Reads one DECP v2 record (a contract or a concession) as a tender notice. A record's {@code id} is unique for
 * its buyer only: the tender is identified by the {@code uid} when given, else by the buyer's SIRET and the id.
 */
final class DecpRecords {

    /** The source of DECP tenders. */
    static final String SOURCE = "decp";

    private DecpRecords() {
    }

    static TenderNotice contract(JsonNode record, List<FieldIssue> fileIssues) {
        return notice(record, fileIssues, "acheteur", "montant", Json.text(record, "codeCPV"));
    }

    static TenderNotice concession(JsonNode record, List<FieldIssue> fileIssues) {
        return notice(record, fileIssues, "autoriteConcedante", "valeurGlobale", Json.text(record, "codeCPV"));
    }

    private static TenderNotice notice(JsonNode record, List<FieldIssue> fileIssues, String buyerField,
            String valueField, String cpv) {
        List<FieldIssue> issues = new ArrayList<>(fileIssues);
        String buyerId = Json.text(record, buyerField, "id");
        String id = Json.text(record, "id");
        String reference = Json.text(record, "uid");
        if (reference == null || reference.isBlank()) {
            reference = id == null || id.isBlank() ? null : (buyerId == null ? "" : buyerId.strip()) + id.strip();
        }
        String postcode = null;
        String department = null;
        String commune = null;
        String code = Json.text(record, "lieuExecution", "code");
        String type = Json.text(record, "lieuExecution", "typeCode");
        if (code != null && !code.isBlank()) {
            String kind = type == null ? "" : type.toLowerCase(Locale.ROOT);
            if (kind.contains("postal")) {
                postcode = code;
            } else if (kind.contains("département") || kind.contains("departement")) {
                department = code;
            } else if (kind.contains("commune")) {
                commune = code;
            } else {
                issues.add(new FieldIssue("place of execution", code, "given as " + (type == null ? "an unknown kind of"
                        : "\"" + type + "\"") + " code, not a postcode, department or commune; the tender is kept"
                        + " without a place"));
            }
        }
        return new TenderNotice(SOURCE, reference, Json.text(record, buyerField, "nom"), buyerId,
                Json.text(record, "objet"), "", cpv == null ? List.of() : List.of(cpv), department, postcode, commune,
                Json.text(record, valueField), "EUR", Json.text(record, "datePublicationDonnees"), null, null, issues);
    }
}
