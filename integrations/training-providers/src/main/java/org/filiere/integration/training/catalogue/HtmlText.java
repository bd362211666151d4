package org.filiere.integration.training.catalogue;

import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Plain text out of the HTML that catalogues put in their text fields (LHEO carries it escaped:
 * {@code &lt;p&gt;...}): tags removed, entities decoded, paragraphs and line breaks kept as new lines.
 */
public final class HtmlText {

    private static final Pattern LOOKS_LIKE_HTML = Pattern.compile("<[a-zA-Z/!]|&[#a-zA-Z0-9]+;");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0]+");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

    private HtmlText() {
    }

    /** The text a reader sees. Text without markup comes back as it was, trimmed. */
    public static String plain(String field) {
        if (field == null || field.isBlank()) {
            return "";
        }
        if (!LOOKS_LIKE_HTML.matcher(field).find()) {
            return field.strip();
        }
        Document document = Jsoup.parseBodyFragment(field);
        for (Element block : document.body().select("p, div, li, h1, h2, h3, h4, h5, h6, tr")) {
            block.before(new TextNode("\n"));
        }
        for (Element item : document.body().select("li")) {
            item.prependChild(new TextNode("- "));
        }
        String text = document.body().wholeText();
        StringBuilder lines = new StringBuilder();
        for (String line : text.split("\\R")) {
            lines.append(SPACES.matcher(line).replaceAll(" ").strip()).append('\n');
        }
        return BLANK_LINES.matcher(lines.toString()).replaceAll("\n\n").strip();
    }
}
