package org.filiere.integration.tenders;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.filiere.watch.FieldIssue;
import org.filiere.watch.TenderNotice;

/**
 * Reads tender feed files: an OCDS release package (or a single release), or a DECP v2 file (its {@code marches}
 * as an array, or as an object with {@code marche} and {@code contrat-concession} arrays). A file is split into its
 * entries; each entry is then read on its own, so that a bad one does not hold back the others.
 */
public final class TenderFeeds {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private TenderFeeds() {
    }

    /**
     * Splits a file into its entries.
     *
     * @param name  the file's name or address, for messages
     * @param bytes its content
     * @throws UnreadableFeedException if it is not JSON, or neither an OCDS nor a DECP file
     */
    public static FeedFile split(String name, byte[] bytes) {
        FeedText.Decoded decoded = FeedText.decode(bytes);
        List<FieldIssue> issues = new ArrayList<>();
        decoded.note().ifPresent(issues::add);
        JsonNode root;
        try {
            root = JSON.readTree(decoded.text());
        } catch (JsonProcessingException e) {
            throw new UnreadableFeedException(name, "it is not JSON (" + e.getOriginalMessage() + ")", e);
        }
        if (root == null || !root.isObject()) {
            throw new UnreadableFeedException(name, "it is not a JSON object", null);
        }
        if (root.has("releases") || root.has("ocid")) {
            if (root.has("releases") && Json.text(root, "version") == null) {
                issues.add(new FieldIssue("OCDS version", "",
                        "the package does not say its version; it was read as OCDS 1.0"));
            }
            List<JsonNode> releases = root.has("ocid") ? List.of(root) : Json.array(root, "releases");
            return new FeedFile(name, FeedFormat.OCDS, issues, entries(FeedFormat.OCDS, releases));
        }
        JsonNode marches = root.get("marches");
        if (marches != null && marches.isArray()) {
            return new FeedFile(name, FeedFormat.DECP, issues, entries(FeedFormat.DECP, Json.array(root, "marches")));
        }
        if (marches != null && marches.isObject()) {
            List<FeedFile.Entry> entries = new ArrayList<>(entries(FeedFormat.DECP, Json.array(marches, "marche")));
            entries.addAll(entries(FeedFormat.DECP_CONCESSION, Json.array(marches, "contrat-concession")));
            return new FeedFile(name, FeedFormat.DECP, issues, entries);
        }
        throw new UnreadableFeedException(name, "it is neither an OCDS release package (releases) nor a DECP file"
                + " (marches)", null);
    }

    private static List<FeedFile.Entry> entries(FeedFormat format, List<JsonNode> nodes) {
        return nodes.stream().map(n -> new FeedFile.Entry(format, n.toString())).toList();
    }

    /**
     * Reads one entry as a notice.
     *
     * @param fileIssues what was noticed about its file, reported with the notice
     * @throws UnreadableFeedException if the entry is not a JSON object
     */
    public static TenderNotice notice(FeedFormat format, String json, List<FieldIssue> fileIssues) {
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UnreadableFeedException("entry", "it is not JSON (" + e.getOriginalMessage() + ")", e);
        }
        if (node == null || !node.isObject()) {
            throw new UnreadableFeedException("entry", "it is not a JSON object", null);
        }
        return switch (format) {
            case OCDS -> OcdsReleases.notice(node, fileIssues);
            case DECP -> DecpRecords.contract(node, fileIssues);
            case DECP_CONCESSION -> DecpRecords.concession(node, fileIssues);
        };
    }

    /** File issues written in one header: one a line, field, value and problem separated by tabs. */
    static String encode(List<FieldIssue> issues) {
        return issues.stream().map(i -> String.join("\t", clean(i.field()), clean(i.value()), clean(i.problem())))
                .collect(Collectors.joining("\n"));
    }

    static List<FieldIssue> decode(String header) {
        if (header == null || header.isBlank()) {
            return List.of();
        }
        return Arrays.stream(header.split("\n")).map(line -> line.split("\t", -1))
                .filter(parts -> parts.length == 3).map(parts -> new FieldIssue(parts[0], parts[1], parts[2]))
                .toList();
    }

    private static String clean(String text) {
        return text == null ? "" : text.replace('\t', ' ').replace('\n', ' ');
    }
}
