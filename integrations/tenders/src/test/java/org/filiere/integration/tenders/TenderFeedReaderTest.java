package org.filiere.integration.tenders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonParseException;

import org.filiere.integration.camel.FailureClassification;
import org.junit.jupiter.api.Test;

/** Feeds read as they stream: what they are, their entries one by one, and what is refused. */
class TenderFeedReaderTest {

    private static TenderFeedReader open(String name, String json, long maxEntryChars) {
        return TenderFeedReader.open(name, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                maxEntryChars);
    }

    private static List<TenderFeedReader.Entry> all(TenderFeedReader reader) {
        List<TenderFeedReader.Entry> entries = new ArrayList<>();
        for (Optional<TenderFeedReader.Entry> e = reader.next(); e.isPresent(); e = reader.next()) {
            entries.add(e.get());
        }
        return entries;
    }

    @Test
    void shouldTellADecpFileAndReadItsConcessionsAndContractsInTheFileOrder() {
        try (TenderFeedReader reader = open("decp.json", new String(FeedReadingTest.feed(
                "decp-examples-marches-concessions.json"), StandardCharsets.UTF_8), 100_000)) {
            List<TenderFeedReader.Entry> entries = all(reader);
            assertThat(reader.kind()).contains(FeedKind.DECP);
            assertThat(entries).extracting(TenderFeedReader.Entry::format).containsExactly(
                    FeedFormat.DECP_CONCESSION, FeedFormat.DECP_CONCESSION, FeedFormat.DECP, FeedFormat.DECP);
            assertThat(entries).extracting(TenderFeedReader.Entry::position).containsExactly(1L, 2L, 3L, 4L);
        }
    }

    @Test
    void shouldReadARecordPackageThroughItsCompiledReleases() {
        String json = """
                {"uri": "x", "version": "1.1", "records": [
                  {"ocid": "ocds-1", "releases": [{"url": "r1"}], "compiledRelease": {"ocid": "ocds-1", "id": "1"}},
                  {"ocid": "ocds-2", "releases": [{"url": "r2"}]}
                ]}""";
        try (TenderFeedReader reader = open("records.json", json, 100_000)) {
            List<TenderFeedReader.Entry> entries = all(reader);
            assertThat(reader.kind()).contains(FeedKind.OCDS_RECORD_PACKAGE);
            assertThat(entries.get(0).json().orElseThrow().get("id").asText()).isEqualTo("1");
            assertThat(entries.get(0).problem()).isEmpty();
            assertThat(entries.get(1).problem()).hasValueSatisfying(p -> assertThat(p).contains("compiledRelease"));
            assertThat(reader.issues()).isEmpty();
        }
    }

    @Test
    void shouldReadASingleReleaseWhateverTheOrderOfItsFields() {
        try (TenderFeedReader reader = open("one.json", "{\"tender\": {\"title\": \"T\"}, \"ocid\": \"ocds-9\"}",
                100_000)) {
            List<TenderFeedReader.Entry> entries = all(reader);
            assertThat(reader.kind()).contains(FeedKind.OCDS_RELEASE);
            assertThat(entries).singleElement().satisfies(e -> assertThat(e.json().orElseThrow().get("tender")
                    .get("title").asText()).isEqualTo("T"));
        }
    }

    @Test
    void shouldRefuseAnEntryLargerThanTheLimitAndGoOnWithTheNext() {
        String big = "x".repeat(5_000);
        String json = "{\"version\": \"1.1\", \"releases\": [{\"ocid\": \"a\"}, {\"ocid\": \"b\", \"tender\": "
                + "{\"description\": \"" + big + "\", \"items\": [{\"id\": 1}, {\"id\": 2}]}}, {\"ocid\": \"c\"}]}";
        try (TenderFeedReader reader = open("big.json", json, 1_000)) {
            List<TenderFeedReader.Entry> entries = all(reader);
            assertThat(entries).hasSize(3);
            assertThat(entries.get(1).json()).isEmpty();
            assertThat(entries.get(1).problem()).hasValueSatisfying(p -> assertThat(p)
                    .contains("larger than the 1000 characters accepted"));
            assertThat(entries.get(2).json().orElseThrow().get("ocid").asText()).isEqualTo("c");
        }
    }

    @Test
    void shouldRefuseAnXmlNoticeNamingTheFormatsItReads() {
        assertThatThrownBy(() -> open("notice.xml", "<?xml version=\"1.0\"?><TED_EXPORT/>", 1_000))
                .isInstanceOf(TenderFeedRefusedException.class)
                .hasMessage("The tender feed notice.xml is refused: it is an XML document that is not an eForms "
                        + "contract notice (its root element is TED_EXPORT); " + FeedKind.READ + ".");
    }

    @Test
    void shouldSayWhereAFileStopsBeingJsonAfterTheEntriesBefore() {
        String json = "{\"marches\": [{\"id\": \"1\"}, {\"id\": \"2\"}, {\"id\": oops}]}";
        try (TenderFeedReader reader = open("cut.json", json, 1_000)) {
            assertThat(reader.next()).isPresent();
            assertThat(reader.next()).isPresent();
            assertThatThrownBy(reader::next).isInstanceOf(UnreadableFeedException.class)
                    .hasMessageContaining("cut.json").hasMessageContaining("after its entry 2")
                    .hasMessageContaining("line 1");
        }
    }

    @Test
    void shouldClassAFileThatIsNotJsonAsPermanentAlthoughJacksonSaysIOException() {
        Throwable failure = org.assertj.core.api.Assertions.catchThrowable(
                () -> open("not-a-feed.json", "{ this is not json", 1_000).next());
        assertThat(failure).isInstanceOf(UnreadableFeedException.class).hasCauseInstanceOf(JsonParseException.class);
        assertThat(FailureClassification.isTransient(failure)).isFalse();
        assertThat(FailureClassification.isTransient(new java.io.UncheckedIOException(
                (JsonParseException) failure.getCause()))).isFalse();
    }
}
