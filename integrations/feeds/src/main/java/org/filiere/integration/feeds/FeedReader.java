package org.filiere.integration.feeds;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.xml.sax.InputSource;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SAXBuilder;
import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.XmlReader;
import com.rometools.rome.io.impl.Atom10Parser;

import org.filiere.techwatch.FeedItem;

/**
 * Reads a news feed with ROME: RSS 0.90 to 2.0, RSS 1.0 (RDF), Atom 0.3 and 1.0.
 *
 * <ul>
 * <li>Encoding: a byte order mark, the XML declaration or the server's content type says it; a file that says
 * nothing and is not UTF-8 is read as windows-1252 (which covers ISO-8859-1).</li>
 * <li>A DOCTYPE is accepted (RSS 0.91 declares Netscape's) but nothing is ever fetched: external DTDs and entities
 * resolve to nothing, so neither a dead address nor a hostile file reaches the network or the disk.</li>
 * <li>Junk before the XML declaration is cleared (ROME's XML healer).</li>
 * <li>Each item's guid (RSS {@code guid}, Atom {@code id}), link (relative links resolved by ROME against
 * {@code xml:base}), title and description as plain text (HTML, CDATA and double-escaped entities reduced by
 * {@link SafeText}), and its date: published, else updated.</li>
 * </ul>
 */
public final class FeedReader {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    static {
        Atom10Parser.setResolveURIs(true);
    }

    /**
     * Reads a feed.
     *
     * @param bytes       the whole document (already bounded in size)
     * @param contentType the server's content type, if any
     * @param origin      names the document in errors
     * @throws UnreadableFeedException if it is not a feed, or too broken to be read
     */
    public FeedContent read(byte[] bytes, Optional<String> contentType, String origin) {
        Decoded text = decode(bytes, contentType, origin);
        WireFeed wire;
        try {
            wire = new SafeFeedInput().build(new StringReader(text.text()));
        } catch (FeedException | IllegalArgumentException e) {
            throw new UnreadableFeedException(origin + " is not a news feed that can be read: " + e.getMessage(), e);
        }
        SyndFeed feed = new SyndFeedImpl(wire, true);
        List<FeedItem> items = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            items.add(item(entry));
        }
        return new FeedContent(feed.getFeedType(), text.charset(), SafeText.line(feed.getTitle()), items);
    }

    private record Decoded(String text, String charset) {
    }

    private static Decoded decode(byte[] bytes, Optional<String> contentType, String origin) {
        try (XmlReader reader = contentType.isPresent()
                ? new XmlReader(new ByteArrayInputStream(bytes), contentType.get(), true)
                : new XmlReader(new ByteArrayInputStream(bytes), true)) {
            String charset = reader.getEncoding();
            if (StandardCharsets.UTF_8.name().equalsIgnoreCase(charset) && !declaresEncoding(bytes)
                    && !isUtf8(bytes)) {
                return new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252.name());
            }
            StringBuilder text = new StringBuilder(bytes.length);
            char[] buffer = new char[8192];
            for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
                text.append(buffer, 0, n);
            }
            return new Decoded(text.toString(), charset);
        } catch (IOException e) {
            throw new UnreadableFeedException(origin + " cannot be decoded: " + e.getMessage(), e);
        }
    }

    private static boolean declaresEncoding(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1);
        int end = head.indexOf("?>");
        return head.contains("<?xml") && end > 0 && head.substring(0, end).contains("encoding");
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static FeedItem item(SyndEntry entry) {
        Optional<String> guid = Optional.empty();
        Object wire = entry.getWireEntry();
        if (wire instanceof Item rss && rss.getGuid() != null) {
            guid = Optional.ofNullable(rss.getGuid().getValue());
        } else if (wire instanceof Entry atom) {
            guid = Optional.ofNullable(atom.getId());
        }
        String summary = Optional.ofNullable(entry.getDescription()).map(SyndContent::getValue)
                .filter(d -> !d.isBlank())
                .or(() -> entry.getContents().stream().map(SyndContent::getValue).filter(c -> c != null && !c.isBlank())
                        .findFirst())
                .orElse("");
        Optional<Instant> date = Optional.ofNullable(entry.getPublishedDate())
                .or(() -> Optional.ofNullable(entry.getUpdatedDate())).map(Date::toInstant);
        return new FeedItem(guid.map(String::strip), link(entry), SafeText.line(entry.getTitle()), SafeText.of(summary),
                date);
    }

    /**
     * The item's web address: its link, else its first link; whitespace a hard-wrapped feed put in it removed. A
     * relative address that nothing resolves is kept: it still recognises the item.
     */
    private static Optional<URI> link(SyndEntry entry) {
        String raw = entry.getLink();
        if ((raw == null || raw.isBlank()) && entry.getLinks() != null) {
            raw = entry.getLinks().stream().map(SyndLink::getHref).filter(h -> h != null && !h.isBlank()).findFirst()
                    .orElse(null);
        }
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String cleaned = raw.replaceAll("\\s+", "");
        try {
            return Optional.of(new URI(cleaned));
        } catch (URISyntaxException notAUri) {
            try {
                return Optional.of(new URI(null, null, cleaned, null));
            } catch (URISyntaxException e) {
                return Optional.empty();
            }
        }
    }

    /**
     * ROME's input with DOCTYPEs allowed and every external entity and DTD resolved to nothing, so that reading a
     * feed never fetches anything.
     */
    private static final class SafeFeedInput extends WireFeedInput {

        SafeFeedInput() {
            setXmlHealerOn(true);
            setAllowDoctypes(true);
        }

        @Override
        protected SAXBuilder createSAXBuilder() {
            SAXBuilder builder = super.createSAXBuilder();
            builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
            builder.setFeature("http://xml.org/sax/features/external-general-entities", false);
            builder.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            builder.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            builder.setExpandEntities(false);
            return builder;
        }
    }
}
