package org.filiere.integration.camel.mail;

import java.util.Properties;

import jakarta.enterprise.context.Dependent;

import org.eclipse.microprofile.config.ConfigProvider;
import org.filiere.integration.camel.IntegrationRouteBuilder;

/**
 * Mail out: each mail handed to {@code direct:filiere-mail} goes to the SMTP server through camel-mail, as HTML with
 * a plain-text alternative. A failure goes back to the sender, which keeps its work to try again (no dead letter
 * here: the sender's outbox keeps it).
 *
 * <table>
 * <caption>Configuration properties ({@code filiere.integration.mail.})</caption>
 * <tr><th>property</th><th>default</th><th>meaning</th></tr>
 * <tr><td>{@code smtp-url}</td><td>none: mails cannot be sent</td><td>the SMTP server, as a camel-mail URI
 * ({@code smtp://mail.example.org:587?username=...&password=...}, or {@code smtps://...}); the connection, read
 * and write timeouts are 10 s unless the URI sets {@code connectionTimeout} or
 * {@code additionalJavaMailProperties}</td></tr>
 * <tr><td>{@code from}</td><td>{@code contact@filiere.example.org}</td><td>the sender's address</td></tr>
 * </table>
 */
@Dependent
public class MailRoutes extends IntegrationRouteBuilder {

    /** The integration's name in configuration keys. */
    public static final String NAME = "mail";
    /** Where a mail is handed. */
    public static final String ENDPOINT = "direct:filiere-mail";
    /** The SMTP server's URI. */
    public static final String SMTP_URL = "filiere.integration." + NAME + ".smtp-url";
    /** The sender's address. */
    public static final String FROM = "filiere.integration." + NAME + ".from";
    /** The header carrying the plain-text alternative. */
    static final String ALTERNATIVE_BODY = "CamelMailAlternativeBody";
    /** The registry name of the JavaMail read and write timeouts. */
    static final String TIMEOUTS = "filiereMailTimeouts";

    public MailRoutes() {
        super(NAME);
    }

    @Override
    protected void routes() {
        ConfigProvider.getConfig().getOptionalValue(SMTP_URL, String.class).ifPresent(url -> {
            StringBuilder options = new StringBuilder("contentType=RAW(text/html; charset=UTF-8)&useHeaderRecipients=true"
                    + "&useHeaderFrom=true&useHeaderSubject=true&alternativeBodyHeader=" + ALTERNATIVE_BODY);
            if (!url.contains("connectionTimeout=")) {
                options.append("&connectionTimeout=10000");
            }
            if (!url.contains("additionalJavaMailProperties=")) {
                Properties timeouts = new Properties();
                timeouts.setProperty("mail.smtp.timeout", "10000");
                timeouts.setProperty("mail.smtp.writetimeout", "10000");
                timeouts.setProperty("mail.smtps.timeout", "10000");
                timeouts.setProperty("mail.smtps.writetimeout", "10000");
                getContext().getRegistry().bind(TIMEOUTS, timeouts);
                options.append("&additionalJavaMailProperties=#").append(TIMEOUTS);
            }
            from(ENDPOINT).routeId("mail-out")
                    .errorHandler(noErrorHandler())
                    .to(url + (url.contains("?") ? "&" : "?") + options);
        });
    }
}
