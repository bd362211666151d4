package org.filiere.integration.tenders;

import jakarta.enterprise.context.Dependent;

import org.apache.camel.Exchange;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.filiere.integration.camel.IntegrationRouteBuilder;

/**
 * Tender feeds in: files dropped in a directory, and a web address polled on a period. Each file is split into its
 * entries, and each entry goes on its own to {@code direct:tender-entry}, where it becomes a tender or, if it cannot,
 * a dead letter with its reason (a dead letter is tried again through the same endpoint).
 *
 * <table>
 * <caption>Configuration properties ({@code filiere.integration.tender-feeds.})</caption>
 * <tr><th>property</th><th>default</th><th>meaning</th></tr>
 * <tr><td>{@code drop-directory}</td><td>none: no drop route</td><td>where feed files ({@code *.json}) are dropped; read files move
 * to {@code .done}, unreadable ones to {@code .failed}</td></tr>
 * <tr><td>{@code poll.url}</td><td>none: no polling</td><td>the web address of a feed file</td></tr>
 * <tr><td>{@code poll.period}</td><td>{@code 3600000}</td><td>how often it is fetched, in milliseconds</td></tr>
 * </table>
 */
@Dependent
public class TenderFeedRoutes extends IntegrationRouteBuilder {

    /** The integration's name in configuration keys. */
    public static final String NAME = "tender-feeds";
    /** Where each feed entry goes. */
    public static final String ENTRY = "direct:tender-entry";

    public TenderFeedRoutes() {
        super(NAME);
    }

    @Override
    protected void routes() {
        Config config = ConfigProvider.getConfig();
        if (config.getOptionalValue(settingKey("drop-directory"), String.class).isPresent()) {
            from("file:" + setting("drop-directory") + "?move=.done&moveFailed=.failed&readLock=changed"
                    + "&readLockMinAge=500&include=.*\\.json")
                    .routeId("tender-drop")
                    .to("direct:tender-file");
        }
        if (config.getOptionalValue(settingKey("poll.url"), String.class).isPresent()) {
            from("timer:tender-poll?period=" + config.getOptionalValue(settingKey("poll.period"), String.class)
                    .orElse("3600000"))
                    .routeId("tender-poll")
                    .setHeader(TenderImport.FEED, simple(setting("poll.url")))
                    .setBody(constant(""))
                    .setHeader(Exchange.HTTP_METHOD, constant("GET"))
                    .toD(setting("poll.url"))
                    .removeHeaders("*", TenderImport.FEED)
                    .to("direct:tender-file");
        }
        from("direct:tender-file").routeId("tender-file")
                .bean(TenderImport.class, "split")
                .split(body())
                    .process(exchange -> {
                        FeedFile.Entry entry = exchange.getIn().getBody(FeedFile.Entry.class);
                        exchange.getIn().setHeader(TenderImport.FORMAT, entry.format().name());
                        exchange.getIn().setBody(entry.json());
                    })
                    .to(ENTRY)
                .end();
        from(ENTRY).routeId("tender-entry")
                .bean(TenderImport.class, "receive");
    }
}
