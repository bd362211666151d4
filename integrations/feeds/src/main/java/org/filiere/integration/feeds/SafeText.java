package org.filiere.integration.feeds;

import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Plain text out of what feeds put in their titles and descriptions: HTML (raw, in CDATA, or escaped once or twice)
 * reduced to its text, entities decoded, scripts, styles and images dropped, paragraphs kept as new lines. Nothing
 * of the markup survives, so the text is safe to show anywhere once escaped for its medium.
 */
final class SafeText {

    private static final Pattern LOOKS_LIKE_HTML = Pattern.compile("<[a-zA-Z/!]|&[#a-zA-Z0-9]+;");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0]+");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

    private SafeText() {
    }

    /** The text of a description or content: paragraphs on their own lines. */
    static String of(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        String text = html;
        for (int pass = 0; pass < 2 && LOOKS_LIKE_HTML.matcher(text).find(); pass++) {
            text = plain(text);
        }
        return text.strip();
    }

    /** The text of a title: one line. */
    static String line(String html) {
        return of(html).replaceAll("\\s+", " ").strip();
    }

    private static String plain(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        document.select("script, style, img, iframe, object, embed, noscript").remove();
        for (Element block : document.body().select("p, div, br, li, h1, h2, h3, h4, h5, h6, tr, blockquote")) {
            block.before(new TextNode("\n"));
        }
        String text = Parser.unescapeEntities(document.body().wholeText(), false);
        StringBuilder lines = new StringBuilder();
        for (String line : text.split("\\R")) {
            lines.append(SPACES.matcher(line).replaceAll(" ").strip()).append('\n');
        }
        return BLANK_LINES.matcher(lines.toString()).replaceAll("\n\n").strip();
    }
}
