package org.filiere.integration.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

import org.filiere.techwatch.FeedItem;
import org.filiere.techwatch.ItemKeyPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Real feeds of every version and their quirks, read with ROME (files under src/test/resources/feeds, see NOTICE). */
class FeedReaderTest {

    private final FeedReader reader = new FeedReader();

    static byte[] feed(String name) {
        try (InputStream in = FeedReaderTest.class.getResourceAsStream("/feeds/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private FeedContent read(String name) {
        return reader.read(feed(name), Optional.empty(), name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "rss_0.91N.xml, rss_0.91N, 2, rss_0.91N.channel.item[0].title",
        "rss_0.92.xml, rss_0.92, 2, rss_0.92.channel.item[0].title",
        "rss_1.0.xml, rss_1.0, 2, rss_1.0.item[0].title",
        "rss_2.0.xml, rss_2.0, 2, rss_2.0.channel.item[0].title",
        "atom_0.3.xml, atom_0.3, 2, atom_0.3.feed.entry[0].title",
        "atom_1.0.xml, atom_1.0, 2, atom_1.0.feed.entry[0].title",
        "leshow.xml, rss_2.0, 4, le Show"})
    void shouldReadEveryRssAndAtomVersion(String file, String format, int items, String firstTitle) {
        FeedContent content = read(file);

        assertThat(content.format()).isEqualTo(format);
        assertThat(content.items()).hasSize(items);
        assertThat(content.items().get(0).title()).isEqualTo(firstTitle);
        assertThat(content.items()).allSatisfy(i -> assertThat(ItemKeyPolicy.keyOf(i)).isNotBlank());
    }

    @Test
    void shouldAcceptTheNetscapeDoctypeWithoutFetchingItsDeadDtd() {
        FeedContent content = read("rss_0.91N.xml");

        assertThat(content.title()).isEqualTo("rss_0.91N.channel.title");
        assertThat(content.items().get(1).summary()).isEqualTo("rss_0.91N.channel.item[1].description");
    }

    @Test
    void shouldNeverExpandAnExternalEntity() throws IOException {
        FeedContent content = read("hostile-xxe.xml");

        FeedItem item = content.items().get(0);
        assertThat(item.title()).isEqualTo("Titre");
        assertThat(item.summary()).isEqualTo("Texte  fin");
        Path hostname = Path.of("/etc/hostname");
        if (Files.isReadable(hostname) && !Files.readString(hostname).isBlank()) {
            assertThat(item.title()).doesNotContain(Files.readString(hostname).strip());
        }
    }

    @Test
    void shouldClearJunkWrittenBeforeTheXmlDeclaration() {
        assertThat(read("jira_issue1.xml").items()).extracting(FeedItem::title)
                .containsExactly("rss_2.0.channel.item[0].title", "rss_2.0.channel.item[1].title");
    }

    @Test
    void shouldReadAFrenchFeedThatDoesNotSayItIsLatin1() {
        FeedContent content = read("cercle.psy.xml");

        assertThat(content.charset()).isEqualTo("windows-1252");
        assertThat(content.items()).hasSize(7);
        assertThat(content.items().get(0).title())
                .isEqualTo("Stéphane Gumpper : Qu'est-ce que la psychologie des religions ?");
        assertThat(content.items()).allSatisfy(i -> assertThat(i.title() + i.summary()).doesNotContain("\uFFFD"));
    }

    @Test
    void shouldReadTheLatin1AndLatin9FeedsInTheEncodingTheyDeclare() {
        FeedContent freebox = read("univers_freebox.xml");
        FeedContent euro = read("rss_20_iso8859-15.xml");

        assertThat(freebox.charset()).isEqualTo("ISO-8859-1");
        assertThat(freebox.items()).hasSize(30);
        assertThat(freebox.items().get(0).title())
                .isEqualTo("Retour de Xavier Niel sur Twitter, « sans initiative privée, pas de révolution #Born2code »");
        assertThat(freebox.items().get(0).link()).contains(URI.create("http://www.universfreebox.com/article20302.html"));
        assertThat(freebox.items().get(0).publishedAt()).contains(Instant.parse("2013-03-25T19:43:20Z"));
        assertThat(euro.items().get(0).summary()).isEqualTo("éàùç€@ïî");
    }

    @Test
    void shouldDecodeEntitiesEscapedTwice() {
        FeedContent content = read("pcinpact.xml");

        assertThat(content.items()).hasSize(30);
        assertThat(content.items().get(0).title())
                .isEqualTo("La DCRI purge Wikipedia par la menace, un bel effet Streisand à la clé");
        assertThat(content.items().get(0).guid()).contains("78872");
        assertThat(content.items()).allSatisfy(i -> assertThat(i.title() + i.summary())
                .doesNotContain("&eacute;").doesNotContain("&amp;").doesNotContain("<"));
    }

    @Test
    void shouldSkipAByteOrderMark() {
        FeedContent content = read("rss2.0-simple.xml");

        assertThat(content.title()).isEqualTo("GeoNames.org recent changes");
        assertThat(content.items().get(2).summary()).contains("Μωριας");
    }

    @Test
    void shouldReduceHtmlWrittenThreeWaysToText() {
        FeedContent content = read("issue137-rss.xml");

        assertThat(content.items()).hasSize(4);
        assertThat(content.items()).allSatisfy(i -> assertThat(i.summary()).doesNotContain("<").doesNotContain("&lt;")
                .doesNotContain("img"));
        assertThat(content.items().get(0).summary()).startsWith("MOE will be building 11 new primary");
        assertThat(content.items()).extracting(FeedItem::guid).containsOnly(Optional.of("http://www.moe.gov.sg/media/spotlight/"));
    }

    @Test
    void shouldResolveAtomLinksThroughXmlBaseAndNormaliseDates() {
        FeedContent content = read("atom_1.0_bray.xml");

        assertThat(content.items().get(0).link()).contains(URI.create("http://www.example.com/blog/2006-11-05/entry1"));
        assertThat(content.items().get(0).publishedAt()).contains(Instant.parse("2006-11-05T20:00:00Z"));
        assertThat(content.items().get(0).summary()).isEqualTo("Summary1");
        assertThat(read("CDATATestFeed.xml").items().get(0).publishedAt()).contains(Instant.parse("2009-08-05T05:30:00Z"));
    }

    @Test
    void shouldRefuseADocumentThatIsNotAFeed() {
        assertThatThrownBy(() -> read("not-a-feed.xml")).isInstanceOf(UnreadableFeedException.class)
                .hasMessageContaining("not-a-feed.xml is not a news feed");
    }
}
