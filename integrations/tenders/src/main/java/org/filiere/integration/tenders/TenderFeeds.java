package org.filiere.integration.tenders;

import java.io.ByteArrayInputStream;
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
 * Reads tender feed entries as notices: an OCDS release (from a release package, a record package or alone), or a
 * DECP v2 record (its {@code marches} as an array, or as an object with {@code marche} and
 * {@code contrat-concession} arrays). Each entry is read on its own, so that a bad one does not hold back the others.
 */
public final class TenderFeeds {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private TenderFeeds() {
    }

    /**
     * Splits a small file, held in memory, into its entries; feeds of any size are read with
     * {@link TenderFeedReader} as they stream.
     *
     * @param name  the file's name or address, for messages
     * @param bytes its content
     * @throws UnreadableFeedException     if it is not JSON
     * @throws TenderFeedRefusedException  if it is neither an OCDS nor a DECP file
     */
    public static FeedFile split(String name, byte[] bytes) {
        List<FeedFile.Entry> entries = new ArrayList<>();
        try (TenderFeedReader reader = TenderFeedReader.open(name, new ByteArrayInputStream(bytes), Long.MAX_VALUE)) {
            for (var entry = reader.next(); entry.isPresent(); entry = reader.next()) {
                entries.add(new FeedFile.Entry(entry.get().format(),
                        entry.get().json().map(JsonNode::toString).orElse("")));
            }
            FeedFormat format = reader.kind().filter(k -> k == FeedKind.DECP).map(k -> FeedFormat.DECP)
                    .orElse(FeedFormat.OCDS);
            return new FeedFile(name, format, reader.issues(), entries);
        }
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
        return notice(format, node, fileIssues);
    }

    /**
     * Reads one entry, already parsed, as a notice.
     *
     * @param fileIssues what was noticed about its file, reported with the notice
     * @throws UnreadableFeedException if the entry is not a JSON object
     */
    public static TenderNotice notice(FeedFormat format, JsonNode node, List<FieldIssue> fileIssues) {
        if (node == null || !node.isObject()) {
            throw new UnreadableFeedException("entry", "it is not a JSON object", null);
        }
        return switch (format) {
            case OCDS -> OcdsReleases.notice(node, fileIssues);
            case DECP -> DecpRecords.contract(node, fileIssues);
            case DECP_CONCESSION -> DecpRecords.concession(node, fileIssues);
            case EFORMS -> EformsFeed.notice(node, fileIssues);
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
