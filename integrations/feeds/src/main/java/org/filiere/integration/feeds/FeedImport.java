package org.filiere.integration.feeds;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.apache.camel.Exchange;
import org.filiere.integration.camel.deadletter.DeadLetterStore;
import org.filiere.integration.camel.deadletter.DeadLetters;
import org.filiere.integration.camel.deadletter.NewDeadLetter;
import org.filiere.integration.camel.http.FetchRefusedException;
import org.filiere.integration.camel.http.HttpFetch;
import org.filiere.kernel.NotFoundException;
import org.filiere.techwatch.TechFeed;
import org.filiere.techwatch.TechFeedId;
import org.filiere.techwatch.application.FeedReading;
import org.filiere.techwatch.application.TechWatchService;

/**
 * What the feed routes call: listing the feeds to poll, fetching one over HTTP, and reading a feed's document into
 * the technology watch. Items that cannot be kept go to the dead letters one by one, with their reason; the others
 * go in.
 */
@ApplicationScoped
@Named("techFeedImport")
public class FeedImport {

    /** Header: the id of the feed being read. */
    public static final String FEED_ID = "techFeedId";
    /** Header: the feed's content type, as the server gave it. */
    public static final String CONTENT_TYPE = "techFeedContentType";

    private static final Logger LOG = Logger.getLogger(FeedImport.class.getName());

    private final TechWatchService watch;
    private final DeadLetterStore deadLetters;
    private final FeedSettings settings;
    private final Clock clock;

    @Inject
    public FeedImport(TechWatchService watch, DeadLetterStore deadLetters, FeedSettings settings,
            Clock clock) {
        this.watch = watch;
        this.deadLetters = deadLetters;
        this.settings = settings;
        this.clock = clock;
    }

    /** For the CDI container's proxies. */
    protected FeedImport() {
        this(null, null, null, null);
    }

    /** The ids of the feeds to poll: those still followed. */
    public List<String> activeFeeds() {
        return watch.feeds().stream().filter(TechFeed::active).map(f -> f.id().toString()).toList();
    }

    /** Fetches the feed named by the exchange's header; the body becomes its bytes. */
    public void fetch(Exchange exchange) throws IOException {
        TechFeed feed = feed(exchange);
        exchange.setProperty(DeadLetters.ITEM_KEY, feed.url().toString());
        exchange.setProperty(DeadLetters.ITEM, "news feed \"" + feed.name() + "\" at " + feed.url());
        exchange.setProperty(DeadLetters.RETRY_ENDPOINT, FeedRoutes.FETCH);
        HttpFetch.Fetched fetched = new HttpFetch(settings.limits()).get(feed.url(),
                "application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.8");
        exchange.getIn().setBody(fetched.body());
        fetched.contentType().ifPresent(t -> exchange.getIn().setHeader(CONTENT_TYPE, t));
    }

    /** Reads the feed document in the body for the feed named by the header, and keeps its items. */
    public FeedReading read(Exchange exchange) {
        TechFeed feed = feed(exchange);
        exchange.setProperty(DeadLetters.ITEM_KEY, feed.url().toString());
        byte[] bytes = exchange.getIn().getBody(byte[].class);
        if (bytes.length > settings.limits().maxBytes()) {
            throw new FetchRefusedException("The document of news feed \""
                    + feed.name() + "\" is larger than the " + settings.limits().maxBytes() + " bytes accepted");
        }
        FeedContent content = new FeedReader().read(bytes,
                Optional.ofNullable(exchange.getIn().getHeader(CONTENT_TYPE, String.class)), "News feed \""
                        + feed.name() + "\" (" + feed.url() + ")");
        TechWatchService.Reception reception = watch.receive(feed.id(), content.items());
        for (TechWatchService.Refused refused : reception.refused()) {
            deadLetters.store(new NewDeadLetter(exchange.getFromRouteId() == null ? FeedRoutes.READ_ROUTE
                    : exchange.getFromRouteId(), Optional.of(feed.url() + " " + itemKey(refused)),
                    describe(refused), Map.of(), refused.reason(), "refused item", Optional.empty(), clock.instant()));
        }
        LOG.info(() -> "News feed " + feed.name() + " (" + content.format() + ", " + content.charset() + "): "
                + reception.reading().created().size() + " new items, " + reception.reading().known() + " known, "
                + reception.refused().size() + " refused");
        return reception.reading();
    }

    private TechFeed feed(Exchange exchange) {
        String id = exchange.getIn().getHeader(FEED_ID, String.class);
        if (id == null) {
            throw new IllegalArgumentException("No news feed is named (header " + FEED_ID + ")");
        }
        return watch.feed(TechFeedId.parse(id)).orElseThrow(() -> new NotFoundException("news feed " + id));
    }

    private static String itemKey(TechWatchService.Refused refused) {
        return refused.item().guid().or(() -> refused.item().link().map(URI::toString)).orElse(refused.item().title());
    }

    private static String describe(TechWatchService.Refused refused) {
        var item = refused.item();
        return "title: " + item.title() + "\nguid: " + item.guid().orElse("") + "\nlink: "
                + item.link().map(URI::toString).orElse("") + "\npublished: "
                + item.publishedAt().map(Object::toString).orElse("") + "\nsummary: " + item.summary();
    }
}
