package org.filiere.integration.tenders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.filiere.watch.FieldIssue;
import org.filiere.watch.TenderNotice;
import org.junit.jupiter.api.Test;

/** The format detection hands XML to the eForms reader, and its notices come back whole from their entries. */
class EformsFeedTest {

    @Test
    void shouldDetectAnEformsNoticeAndGiveItBackWholeFromItsEntry() {
        FeedFile file = TenderFeeds.split("cn_24_open.xml", FeedReadingTest.feed("cn_24_open.xml"));

        assertThat(file.entries()).singleElement()
                .satisfies(entry -> assertThat(entry.format()).isEqualTo(FeedFormat.EFORMS));
        TenderNotice notice = TenderFeeds.notice(FeedFormat.EFORMS, file.entries().get(0).json(), file.issues());
        assertThat(notice.reference()).isEqualTo("c4c415ee-ac08-4465-8fa6-57568cf69462");
        assertThat(notice.cpvCodes()).containsExactly("71630000", "71314100", "50300000", "31600000");
        assertThat(notice.value()).isEqualTo("500000");
        assertThat(notice.readingIssues()).extracting(FieldIssue::field)
                .containsExactlyInAnyOrder("buyer SIRET", "place of performance");
    }

    @Test
    void shouldSayWhatKindOfFileItReadAndKeepTheFileIssuesOfANoticeSavedAsLatin1() {
        String utf8 = new String(FeedReadingTest.feed("cn-desg_24.xml"), StandardCharsets.UTF_8);
        byte[] latin1 = utf8.getBytes(StandardCharsets.ISO_8859_1);

        try (TenderFeedReader reader = TenderFeedReader.open("latin1.xml", new ByteArrayInputStream(latin1),
                1_000_000)) {
            assertThat(reader.kind()).contains(FeedKind.EFORMS);
            TenderFeedReader.Entry entry = reader.next().orElseThrow();
            assertThat(reader.next()).isEmpty();
            TenderNotice notice = TenderFeeds.notice(entry.format(), entry.json().orElseThrow(), reader.issues());
            assertThat(notice.title()).startsWith("Concours restreint de maîtrise d'œuvre".replace('œ', '?'));
            assertThat(notice.buyerName()).isEqualTo("Communauté de Communes de la Vallée de la Doller et du "
                    + "Soultzbach");
            assertThat(notice.readingIssues()).first().isEqualTo(FeedText.LATIN1);
        }
    }

    @Test
    void shouldRefuseXmlThatIsNotAnEformsContractNoticeNamingTheFormatsItReads() {
        byte[] xml = "<?xml version=\"1.0\"?>\n<TED_EXPORT><CODED_DATA_SECTION/></TED_EXPORT>\n"
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> TenderFeeds.split("notice-ted.xml", xml))
                .isInstanceOf(TenderFeedRefusedException.class)
                .hasMessage("The tender feed notice-ted.xml is refused: it is an XML document that is not an eForms "
                        + "contract notice (its root element is TED_EXPORT); " + FeedKind.READ + ".");
        assertThat(FeedKind.READ).contains("eForms contract notices (ContractNotice) in XML");
    }

    @Test
    void shouldSayWhichFileIsNotWellFormedXml() {
        byte[] cut = new String(FeedReadingTest.feed("cn_24_minimal.xml"), StandardCharsets.UTF_8)
                .substring(0, 4000).getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> TenderFeeds.split("cut.xml", cut)).isInstanceOf(UnreadableFeedException.class)
                .hasMessageStartingWith("The tender feed cut.xml cannot be read: it is not well-formed XML");
    }

    @Test
    void shouldRefuseAnEntryWhoseJsonIsNotTheFieldsOfANotice() {
        assertThatThrownBy(() -> TenderFeeds.notice(FeedFormat.EFORMS, "{\"cpvCodes\": {\"a\": 1}}", List.of()))
                .isInstanceOf(UnreadableFeedException.class).hasMessageContaining("not the fields of an eForms notice");
        assertThat(Optional.of(TenderFeeds.notice(FeedFormat.EFORMS, "{\"reference\": \"x\"}", List.of()))
                .map(TenderNotice::reference)).contains("x");
    }
}
