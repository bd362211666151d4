package org.filiere.integration.tenders;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;

import org.filiere.watch.CpvCode;
import org.filiere.watch.CpvVocabulary;
import org.filiere.watch.DeadlineGroup;
import org.filiere.watch.Digest;
import org.filiere.watch.DigestEntry;
import org.filiere.watch.EstimatedValue;
import org.filiere.watch.MatchReason;
import org.filiere.wiring.CoreProducers;

/**
 * Writes a digest out in French, as HTML for the e-mail (Pebble templates, every value escaped) and as plain text:
 * the week, then the tenders grouped by the week of their deadline, each with its buyer, place, value, deadline,
 * link and the reasons it matched (the keyword, phrase or CPV code with its label).
 */
@ApplicationScoped
public class DigestRenderer {

    private static final Locale FRENCH = Locale.FRANCE;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", FRENCH);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'à' HH'h'mm",
            FRENCH);

    private final CpvVocabulary cpv;
    private final ZoneId zone;
    private final PebbleTemplate html;
    private final PebbleTemplate text;

    @Inject
    public DigestRenderer(CpvVocabulary cpv) {
        this(cpv, CoreProducers.ASSOCIATION_ZONE);
    }

    public DigestRenderer(CpvVocabulary cpv, ZoneId zone) {
        this.cpv = cpv;
        this.zone = zone;
        ClasspathLoader loader = new ClasspathLoader(DigestRenderer.class.getClassLoader());
        loader.setPrefix("org/filiere/integration/tenders");
        this.html = new PebbleEngine.Builder().loader(loader).strictVariables(true).build()
                .getTemplate("digest.html.peb");
        ClasspathLoader textLoader = new ClasspathLoader(DigestRenderer.class.getClassLoader());
        textLoader.setPrefix("org/filiere/integration/tenders");
        this.text = new PebbleEngine.Builder().loader(textLoader).autoEscaping(false).strictVariables(true)
                .newLineTrimming(false).build().getTemplate("digest.txt.peb");
    }

    /** For the CDI container's proxies. */
    protected DigestRenderer() {
        this.cpv = null;
        this.zone = null;
        this.html = null;
        this.text = null;
    }

    /** The digest for a member known by that name. */
    public RenderedDigest render(Digest digest, String memberName) {
        Map<String, Object> model = model(digest, memberName);
        return new RenderedDigest((String) model.get("subject"), evaluate(html, model), evaluate(text, model));
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

    private Map<String, Object> model(Digest digest, String memberName) {
        Map<String, Object> model = new LinkedHashMap<>();
        int count = digest.entries().size();
        model.put("subject", "Veille des marchés, semaine du " + digest.week().monday().format(DateTimeFormatter
                .ofPattern("d MMMM yyyy", FRENCH)) + " : " + count + (count == 1 ? " appel d'offres" : " appels d'offres")
                + " pour " + memberName);
        model.put("member", memberName);
        model.put("week", digest.week().toString());
        model.put("from", digest.week().monday().format(DAY));
        model.put("to", digest.week().sunday().format(DAY));
        model.put("count", count);
        List<Map<String, Object>> groups = new ArrayList<>();
        for (DeadlineGroup group : digest.byDeadline(zone)) {
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("title", group.deadlineWeek().map(w -> "Date limite dans la semaine du " + w.monday().format(DAY))
                    .orElse("Sans date limite connue"));
            g.put("entries", group.entries().stream().map(this::entry).toList());
            groups.add(g);
        }
        model.put("groups", groups);
        return model;
    }

    private Map<String, Object> entry(DigestEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", e.title());
        m.put("buyer", e.buyer());
        m.put("place", e.place().postcode().map(p -> p + " (" + e.place().department().map(d -> d.code()).orElse("")
                + ")").orElseGet(() -> e.place().department().map(d -> "département " + d.code()).orElse("")));
        m.put("value", e.value().map(DigestRenderer::money).orElse(""));
        m.put("deadline", e.deadline().map(d -> d.atZone(zone).format(DAY_TIME)).orElse(""));
        m.put("url", e.url().map(Object::toString).orElse(""));
        m.put("reasons", e.reasons().stream().map(this::reason).toList());
        m.put("reference", e.tenderId().toString());
        return m;
    }

    private String reason(MatchReason r) {
        return switch (r.kind()) {
            case KEYWORD -> "mot-clé « " + r.criterion() + " »";
            case PHRASE -> "expression « " + r.criterion() + " »";
            case CPV -> {
                CpvCode code = new CpvCode(r.criterion());
                String label = cpv.label(code);
                yield "code CPV " + cpv.find(code).map(c -> c.writtenCode()).orElse(r.criterion())
                        + (label.isEmpty() ? "" : " (" + label + ")");
            }
        };
    }

    private static String money(EstimatedValue value) {
        NumberFormat format = NumberFormat.getNumberInstance(FRENCH);
        format.setMaximumFractionDigits(value.amount().scale() > 0 ? 2 : 0);
        format.setMinimumFractionDigits(value.amount().scale() > 0 ? 2 : 0);
        String amount = format.format(value.amount() == null ? BigDecimal.ZERO : value.amount());
        return amount + ("EUR".equals(value.currency()) ? " €" : " " + value.currency());
    }
}
