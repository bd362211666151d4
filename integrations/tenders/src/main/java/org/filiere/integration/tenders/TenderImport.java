package org.filiere.integration.tenders;

import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.apache.camel.Exchange;
import org.filiere.integration.camel.deadletter.DeadLetters;
import org.filiere.watch.TenderNotice;
import org.filiere.watch.application.TenderReception;
import org.filiere.watch.application.TenderService;

/**
 * What the tender routes call: splitting a feed file into entries, and handing each entry, read as a notice, to
 * {@link TenderService}. A notice that cannot be used fails its exchange, which the route's error handling sends to
 * the dead letters with the reason.
 */
@ApplicationScoped
@Named("tenderImport")
public class TenderImport {

    /** Header: the kind of entry ({@link FeedFormat}). */
    public static final String FORMAT = "tenderFeedFormat";
    /** Header: the file or address the entry came from. */
    public static final String FEED = "tenderFeed";
    /** Header: what was noticed about the whole file. */
    public static final String FEED_ISSUES = "tenderFeedIssues";

    private static final Logger LOG = Logger.getLogger(TenderImport.class.getName());

    private final TenderService tenders;
    private final Event<TenderNoticeRead> read;

    @Inject
    public TenderImport(TenderService tenders, Event<TenderNoticeRead> read) {
        this.tenders = tenders;
        this.read = read;
    }

    /** For the CDI container's proxies. */
    protected TenderImport() {
        this(null, null);
    }

    /** Splits the file in the exchange's body into entries, setting the headers each entry needs. */
    public java.util.List<FeedFile.Entry> split(Exchange exchange) {
        String name = exchange.getIn().getHeader(Exchange.FILE_NAME, String.class);
        if (name == null) {
            name = exchange.getIn().getHeader(FEED, "a feed", String.class);
        }
        FeedFile file = TenderFeeds.split(name, exchange.getIn().getBody(byte[].class));
        exchange.getIn().setHeader(FEED, name);
        exchange.getIn().setHeader(FEED_ISSUES, TenderFeeds.encode(file.issues()));
        LOG.info(() -> "Tender feed " + file.name() + ": " + file.entries().size() + " entries (" + file.format() + ")");
        return file.entries();
    }

    /** Receives one entry: the body is its JSON text, the headers say its format and its file. */
    public TenderReception receive(Exchange exchange) {
        String json = exchange.getIn().getBody(String.class);
        FeedFormat format = FeedFormat.valueOf(exchange.getIn().getHeader(FORMAT, String.class));
        String feed = exchange.getIn().getHeader(FEED, "a feed", String.class);
        TenderNotice notice = TenderFeeds.notice(format, json,
                TenderFeeds.decode(exchange.getIn().getHeader(FEED_ISSUES, String.class)));
        exchange.setProperty(DeadLetters.ITEM_KEY, notice.describe());
        TenderReception reception = tenders.receive(notice);
        if (!reception.issues().isEmpty()) {
            LOG.warning(() -> "Tender " + reception.tenderId() + " from " + feed + " kept without: "
                    + reception.issues());
        }
        read.fire(new TenderNoticeRead(feed, reception.tenderId(), reception.outcome(), reception.issues()));
        return reception;
    }
}
