package org.filiere.integration.feeds;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;

import org.filiere.integration.camel.mail.OutgoingMail;
import org.filiere.techwatch.LetterItem;
import org.filiere.techwatch.LetterSubscriber;
import org.filiere.techwatch.TechLetter;
import org.filiere.wiring.CoreProducers;

/**
 * Writes the technology letter out in French, as HTML (Pebble, every value escaped) and as plain text: its items in
 * the letter's order, each with its link, the staff's comment and the item's summary. Only http and https links
 * are made clickable.
 */
@ApplicationScoped
public class LetterRenderer {

    private static final Locale FRENCH = Locale.FRANCE;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", FRENCH);
    private static final int SUMMARY = 600;

    private final PebbleTemplate html;
    private final PebbleTemplate text;
    private final ZoneId zone = CoreProducers.ASSOCIATION_ZONE;

    public LetterRenderer() {
        this.html = engine(true).getTemplate("letter.html.peb");
        this.text = engine(false).getTemplate("letter.txt.peb");
    }

    private static PebbleEngine engine(boolean escaping) {
        ClasspathLoader loader = new ClasspathLoader(LetterRenderer.class.getClassLoader());
        loader.setPrefix("org/filiere/integration/feeds");
        return new PebbleEngine.Builder().loader(loader).autoEscaping(escaping).strictVariables(true)
                .newLineTrimming(false).build();
    }

    /** The letter as a mail to one subscriber. */
    public OutgoingMail render(TechLetter letter, List<LetterItem> items, LetterSubscriber to) {
        Map<String, Object> model = new LinkedHashMap<>();
        String subject = letter.title() + " — semaine du " + letter.week().monday().format(DateTimeFormatter
                .ofPattern("d MMMM yyyy", FRENCH));
        model.put("subject", subject);
        model.put("title", letter.title());
        model.put("name", to.name().isEmpty() ? to.email() : to.name());
        model.put("from", letter.week().monday().format(DAY));
        model.put("to", letter.week().sunday().format(DAY));
        model.put("count", items.size());
        model.put("items", items.stream().map(this::item).toList());
        return new OutgoingMail(List.of(to.email()), Optional.empty(), subject, evaluate(html, model),
                evaluate(text, model));
    }

    private Map<String, Object> item(LetterItem i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", i.item().title());
        m.put("url", i.item().link().filter(u -> u.getScheme() != null && u.getScheme().matches("https?"))
                .map(URI::toString).orElse(""));
        m.put("date", i.item().publishedAt().map(d -> d.atZone(zone).format(DAY)).orElse(""));
        m.put("comment", i.comment());
        String summary = i.item().summary();
        m.put("summary", summary.length() > SUMMARY ? summary.substring(0, SUMMARY) + "…" : summary);
        return m;
    }

    private static String evaluate(PebbleTemplate template, Map<String, Object> model) {
        StringWriter out = new StringWriter();
        try {
            template.evaluate(out, model, FRENCH);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
