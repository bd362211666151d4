package org.filiere.integration.tenders;

import java.io.Reader;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.filiere.integration.tenders.eforms.EformsNotices;
import org.filiere.integration.tenders.eforms.NotAContractNoticeException;
import org.filiere.integration.tenders.eforms.UnreadableNoticeException;
import org.filiere.watch.FieldIssue;
import org.filiere.watch.TenderNotice;

/**
 * An XML file of eForms notices as feed entries: each notice goes through the import as the fields it was read into
 * (a {@link TenderNotice} written as JSON), so that one the market watch cannot use waits in the dead letters in that
 * form, and is tried again alone, as an OCDS or DECP entry is.
 */
final class EformsFeed {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String name;
    private final EformsNotices notices;

    private EformsFeed(String name, EformsNotices notices) {
        this.name = name;
        this.notices = notices;
    }

    /**
     * Reads an XML file as far as its root element.
     *
     * @throws TenderFeedRefusedException if it is not an eForms contract notice
     * @throws UnreadableFeedException    if it is not well-formed XML
     */
    static EformsFeed open(String name, Reader text, long maxNoticeChars) {
        try {
            return new EformsFeed(name, EformsNotices.open(text, maxNoticeChars));
        } catch (NotAContractNoticeException refused) {
            throw new TenderFeedRefusedException(name, refused.what());
        } catch (UnreadableNoticeException unreadable) {
            throw new UnreadableFeedException(name, unreadable.reason(), unreadable);
        }
    }

    /**
     * The next notice, or nothing at the end of the file.
     *
     * @throws TenderFeedRefusedException at the end of a file that held no contract notice
     * @throws UnreadableFeedException    if the file stops being well-formed XML
     */
    Optional<TenderFeedReader.Entry> next() {
        try {
            return notices.next().map(read -> new TenderFeedReader.Entry(FeedFormat.EFORMS, read.position(),
                    read.notice().map(n -> (JsonNode) JSON.valueToTree(n)), read.problem()
                            .map(p -> "notice " + read.noticeId().orElse("without id") + ": " + p)));
        } catch (NotAContractNoticeException refused) {
            throw new TenderFeedRefusedException(name, refused.what());
        } catch (UnreadableNoticeException unreadable) {
            throw new UnreadableFeedException(name, unreadable.reason(), unreadable);
        }
    }

    void close() {
        notices.close();
    }

    /**
     * An eForms entry read back as its notice, with what was noticed about its file before its own issues.
     *
     * @throws UnreadableFeedException if the JSON is not a notice's fields
     */
    static TenderNotice notice(JsonNode node, List<FieldIssue> fileIssues) {
        ObjectNode fields = node.deepCopy();
        ArrayNode issues = JSON.valueToTree(fileIssues);
        JsonNode own = node.get("readingIssues");
        if (own != null && own.isArray()) {
            issues.addAll((ArrayNode) own);
        }
        fields.set("readingIssues", issues);
        try {
            return JSON.treeToValue(fields, TenderNotice.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new UnreadableFeedException("entry", "it is not the fields of an eForms notice ("
                    + e.getMessage().lines().findFirst().orElse("") + ")", e);
        }
    }
}
