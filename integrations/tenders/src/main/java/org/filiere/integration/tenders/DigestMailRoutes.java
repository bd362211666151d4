package org.filiere.integration.tenders;

import jakarta.enterprise.context.Dependent;

import org.eclipse.microprofile.config.ConfigProvider;
import org.filiere.integration.camel.IntegrationRouteBuilder;

/**
 * Digests out: each mail handed to {@code direct:watch-digest-mail} goes to the SMTP server through camel-mail, as
 * HTML with a plain-text alternative. A failure goes back to the sender (no dead letter): the digest stays unsent and
 * is sent with the next run.
 *
 * <table>
 * <caption>Configuration properties ({@code filiere.integration.watch-digests.})</caption>
 * <tr><th>property</th><th>default</th><th>meaning</th></tr>
 * <tr><td>{@code smtp-url}</td><td>none: digests cannot be sent</td><td>the SMTP server, as a camel-mail URI
 * ({@code smtp://mail.example.org:587?username=...&password=...}, or {@code smtps://...})</td></tr>
 * <tr><td>{@code from}</td><td>{@code veille@filiere.example.org}</td><td>the sender's address</td></tr>
 * </table>
 */
@Dependent
public class DigestMailRoutes extends IntegrationRouteBuilder {

    /** The integration's name in configuration keys. */
    public static final String NAME = "watch-digests";
    /** Where a digest mail is handed. */
    public static final String ENDPOINT = "direct:watch-digest-mail";
    /** The SMTP server's URI. */
    public static final String SMTP_URL = "filiere.integration." + NAME + ".smtp-url";
    /** The sender's address. */
    public static final String FROM = "filiere.integration." + NAME + ".from";
    /** The header carrying the plain-text alternative. */
    static final String ALTERNATIVE_BODY = "CamelMailAlternativeBody";

    public DigestMailRoutes() {
        super(NAME);
    }

    @Override
    protected void routes() {
        ConfigProvider.getConfig().getOptionalValue(SMTP_URL, String.class).ifPresent(url -> {
            String options = "contentType=RAW(text/html; charset=UTF-8)&useHeaderRecipients=true&useHeaderFrom=true"
                    + "&useHeaderSubject=true&alternativeBodyHeader=" + ALTERNATIVE_BODY;
            from(ENDPOINT).routeId("watch-digest-mail")
                    .errorHandler(noErrorHandler())
                    .to(url + (url.contains("?") ? "&" : "?") + options);
        });
    }
}
