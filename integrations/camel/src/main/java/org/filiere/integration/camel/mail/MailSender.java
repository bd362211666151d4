package org.filiere.integration.camel.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.internet.AddressException;

import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.microprofile.config.Config;

/**
 * Sends mails through {@link MailRoutes} to the configured SMTP server. It returns once the server took the mail,
 * and otherwise throws a {@link MailNotTakenException} that says whether trying again may help.
 */
@ApplicationScoped
public class MailSender {

    private final ProducerTemplate template;
    private final Config config;

    @Inject
    public MailSender(ProducerTemplate template, Config config) {
        this.template = template;
        this.config = config;
    }

    /** For the CDI container's proxies. */
    protected MailSender() {
        this(null, null);
    }

    /**
     * Hands a mail to the SMTP server.
     *
     * @throws MailNotTakenException if the server did not take it
     */
    public void send(OutgoingMail mail) {
        if (config.getOptionalValue(MailRoutes.SMTP_URL, String.class).isEmpty()) {
            throw new MailNotTakenException("No SMTP server is configured (" + MailRoutes.SMTP_URL + ")", false, null);
        }
        Exchange result = template.send(MailRoutes.ENDPOINT, exchange -> {
            exchange.getIn().setHeader("To", String.join(",", mail.to()));
            exchange.getIn().setHeader("From", mail.from().or(() -> config.getOptionalValue(MailRoutes.FROM,
                    String.class)).orElse("contact@filiere.example.org"));
            exchange.getIn().setHeader("Subject", mail.subject());
            exchange.getIn().setHeader(MailRoutes.ALTERNATIVE_BODY, mail.text());
            exchange.getIn().setBody(mail.html());
        });
        if (result.getException() != null) {
            Throwable failure = result.getException();
            throw new MailNotTakenException("The mail \"" + mail.subject() + "\" could not be sent to "
                    + String.join(", ", mail.to()) + ": " + rootMessage(failure), isPermanent(failure), failure);
        }
    }

    /**
     * The rule for mail: a 5xx reply of the server (an address or a mail refused for good) or a malformed address is
     * permanent; anything else (no connection, a timeout, a 4xx "try later") is transient.
     */
    static boolean isPermanent(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof AddressException) {
                return true;
            }
            if (t instanceof SMTPAddressFailedException refused) {
                return refused.getReturnCode() >= 500;
            }
            if (t instanceof SMTPSendFailedException refused) {
                return refused.getReturnCode() >= 500;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
