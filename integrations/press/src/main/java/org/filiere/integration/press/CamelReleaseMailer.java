package org.filiere.integration.press;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;

import org.filiere.integration.camel.mail.MailNotTakenException;
import org.filiere.integration.camel.mail.MailSender;
import org.filiere.integration.camel.mail.OutgoingMail;
import org.filiere.press.Journalist;
import org.filiere.press.MediaOutlet;
import org.filiere.press.MediaOutlets;
import org.filiere.press.PressRelease;
import org.filiere.press.ReleaseMailer;
import org.filiere.press.ReleaseNotSentException;
import org.filiere.wiring.CoreProducers;

/**
 * Sends a press release to a journalist as an HTML e-mail (Pebble, every value escaped) with a plain-text
 * alternative, through the shared {@link MailSender} (camel-mail, the {@code filiere.integration.mail.*} settings).
 */
@ApplicationScoped
public class CamelReleaseMailer implements ReleaseMailer {

    private static final DateTimeFormatter EMBARGO = DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH'h'mm",
            Locale.FRANCE);

    private final MailSender mail;
    private final MediaOutlets outlets;
    private final PebbleTemplate html;
    private final PebbleTemplate text;

    @Inject
    public CamelReleaseMailer(MailSender mail, MediaOutlets outlets) {
        this.mail = mail;
        this.outlets = outlets;
        this.html = engine(true).getTemplate("release.html.peb");
        this.text = engine(false).getTemplate("release.txt.peb");
    }

    /** For the CDI container's proxies. */
    protected CamelReleaseMailer() {
        this.mail = null;
        this.outlets = null;
        this.html = null;
        this.text = null;
    }

    private static PebbleEngine engine(boolean escaping) {
        ClasspathLoader loader = new ClasspathLoader(CamelReleaseMailer.class.getClassLoader());
        loader.setPrefix("org/filiere/integration/press");
        return new PebbleEngine.Builder().loader(loader).autoEscaping(escaping).strictVariables(true)
                .newLineTrimming(false).build();
    }

    @Override
    public void send(PressRelease release, Journalist journalist) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", release.title());
        model.put("paragraphs", Arrays.stream(release.body().split("\\R\\s*\\R")).map(String::strip)
                .filter(p -> !p.isEmpty()).toList());
        model.put("embargo", release.embargo().map(e -> e.atZone(CoreProducers.ASSOCIATION_ZONE).format(EMBARGO))
                .orElse(""));
        model.put("outlet", outlets.find(journalist.outletId()).map(MediaOutlet::name).orElse(""));
        try {
            mail.send(new OutgoingMail(List.of(journalist.email()), Optional.empty(), "Communiqué : " + release.title(),
                    evaluate(html, model), evaluate(text, model)));
        } catch (MailNotTakenException e) {
            throw new ReleaseNotSentException(e.getMessage(), e.isPermanent(), e);
        }
    }

    private static String evaluate(PebbleTemplate template, Map<String, Object> model) {
        StringWriter out = new StringWriter();
        try {
            template.evaluate(out, model, Locale.FRANCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
