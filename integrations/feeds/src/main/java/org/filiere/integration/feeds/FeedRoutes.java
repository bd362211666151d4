package org.filiere.integration.feeds;

import java.time.Duration;

import jakarta.enterprise.context.Dependent;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.filiere.integration.camel.IntegrationRouteBuilder;
import org.filiere.integration.camel.http.BodyTooLargeException;
import org.filiere.integration.camel.mail.MailRoutes;
import org.filiere.kernel.StaleDataException;
import org.filiere.techwatch.application.LetterDispatch;

/**
 * News feeds in and the technology letter out. One poll period after start, and on every period after, each feed still followed goes on its own to
 * {@code direct:tech-feed}, which fetches it over HTTP (connect and read timeouts, a size limit) and hands its
 * document to {@code direct:tech-feed-document}, where ROME reads it and its items go to the technology watch. A
 * feed that cannot be fetched for a while (server down, 5xx, 429, timeout) is tried again with growing waits, then
 * goes to the dead letters, like a document that is not a feed (at once); a dead letter is retried through
 * {@code direct:tech-feed}. On every dispatch period, when a mail server is configured
 * ({@code filiere.integration.mail.smtp-url}), the letter's pending deliveries are sent.
 *
 * <table>
 * <caption>Configuration properties ({@code filiere.integration.tech-feeds.})</caption>
 * <tr><th>property</th><th>default</th><th>meaning</th></tr>
 * <tr><td>{@code poll-period}</td><td>{@code PT1H}</td><td>how often the feeds are read</td></tr>
 * <tr><td>{@code connect-timeout}, {@code read-timeout}</td><td>{@code PT10S}, {@code PT30S}</td><td>longest waits
 * for a feed's server</td></tr>
 * <tr><td>{@code max-bytes}</td><td>5242880</td><td>largest feed document read</td></tr>
 * <tr><td>{@code dispatch-period}</td><td>{@code PT1M}</td><td>how often the letter's pending deliveries are
 * sent</td></tr>
 * </table>
 */
@Dependent
public class FeedRoutes extends IntegrationRouteBuilder {

    /** The integration's name in configuration keys. */
    public static final String NAME = "tech-feeds";
    /** Where a feed to fetch is handed (header {@link FeedImport#FEED_ID}). */
    public static final String FETCH = "direct:tech-feed";
    /** Where a feed's document is handed (body: its bytes; header {@link FeedImport#FEED_ID}). */
    public static final String DOCUMENT = "direct:tech-feed-document";
    /** The route reading documents. */
    static final String READ_ROUTE = "tech-feed-document";

    public FeedRoutes() {
        super(NAME);
    }

    @Override
    protected void routes() {
        Config config = ConfigProvider.getConfig();
        long poll = config.getOptionalValue(settingKey("poll-period"), Duration.class)
                .orElse(Duration.ofHours(1)).toMillis();
        long dispatch = config.getOptionalValue(settingKey("dispatch-period"), Duration.class)
                .orElse(Duration.ofMinutes(1)).toMillis();

        from("timer:tech-feeds-poll?delay=" + poll + "&period=" + poll).routeId("tech-feeds-poll")
                .policy(actingAsSystem())
                .bean(FeedImport.class, "activeFeeds")
                .split(body())
                    .setHeader(FeedImport.FEED_ID, body())
                    .setBody(constant(""))
                    .to(FETCH)
                .end();
        from(FETCH).routeId("tech-feed")
                .policy(actingAsSystem())
                .bean(FeedImport.class, "fetch")
                .to(DOCUMENT);
        from(DOCUMENT).routeId(READ_ROUTE)
                .policy(actingAsSystem())
                .bean(FeedImport.class, "read");
        if (config.getOptionalValue(MailRoutes.SMTP_URL, String.class).isPresent()) {
            from("timer:tech-letter-dispatch?delay=" + dispatch + "&period=" + dispatch).routeId("tech-letter-dispatch")
                    .policy(actingAsSystem())
                    .bean(LetterDispatch.class, "sendPending");
        }
    }

    @Override
    protected boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BodyTooLargeException) {
                return false;
            }
            if (t instanceof StaleDataException) {
                return true;
            }
        }
        return super.isTransient(failure);
    }
}
