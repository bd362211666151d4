package org.filiere.integration.feeds;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.filiere.integration.camel.mail.MailNotTakenException;
import org.filiere.integration.camel.mail.MailSender;
import org.filiere.techwatch.LetterItem;
import org.filiere.techwatch.LetterMailer;
import org.filiere.techwatch.LetterNotSentException;
import org.filiere.techwatch.LetterSubscriber;
import org.filiere.techwatch.TechLetter;

/**
 * Sends the technology letter as an HTML e-mail with a plain-text alternative, through the shared
 * {@link MailSender} (camel-mail, the {@code filiere.integration.mail.*} settings).
 */
@ApplicationScoped
public class CamelLetterMailer implements LetterMailer {

    private final MailSender mail;
    private final LetterRenderer renderer;

    @Inject
    public CamelLetterMailer(MailSender mail, LetterRenderer renderer) {
        this.mail = mail;
        this.renderer = renderer;
    }

    /** For the CDI container's proxies. */
    protected CamelLetterMailer() {
        this(null, null);
    }

    @Override
    public void send(TechLetter letter, List<LetterItem> items, LetterSubscriber subscriber) {
        try {
            mail.send(renderer.render(letter, items, subscriber));
        } catch (MailNotTakenException e) {
            throw new LetterNotSentException(e.getMessage(), e.isPermanent(), e);
        }
    }
}
