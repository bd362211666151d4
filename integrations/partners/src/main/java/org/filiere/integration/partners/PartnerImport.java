package org.filiere.integration.partners;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.apache.camel.Exchange;
import org.filiere.directory.PartnerSource;
import org.filiere.directory.application.DirectoryCommands.ReceivePartnerData;
import org.filiere.directory.application.PartnerDirectoryService;
import org.filiere.directory.application.PartnerImportReport;
import org.filiere.integration.camel.deadletter.DeadLetterStore;
import org.filiere.integration.camel.deadletter.DeadLetters;
import org.filiere.integration.camel.deadletter.NewDeadLetter;
import org.filiere.integration.camel.http.HttpFetch;
import org.filiere.wiring.CoreProducers;

/**
 * What the partner routes call: fetching a partner's web address, and reading a partner's file into the partner
 * data. A file is read to its end before anything is stored; its good records are then stored together, in one
 * transaction, and its bad records go to the dead letters one by one with their reason. A file refused whole
 * fails its exchange, which the route's error handling sends to the dead letters.
 */
@ApplicationScoped
@Named("partnerImport")
public class PartnerImport {

    /** Header: the partner source's key. */
    public static final String SOURCE = "partnerSource";
    /** Header: the web address polled. */
    public static final String URL = "partnerUrl";

    private static final Logger LOG = Logger.getLogger(PartnerImport.class.getName());

    private final PartnerDirectoryService partners;
    private final DeadLetterStore deadLetters;
    private final PartnerSettings settings;
    private final Clock clock;

    @Inject
    public PartnerImport(PartnerDirectoryService partners, DeadLetterStore deadLetters, PartnerSettings settings,
            Clock clock) {
        this.partners = partners;
        this.deadLetters = deadLetters;
        this.settings = settings;
        this.clock = clock;
    }

    /** For the CDI container's proxies. */
    protected PartnerImport() {
        this(null, null, null, null);
    }

    /** The web addresses to poll, as {@code source=url} pairs. */
    public List<Map.Entry<String, String>> polled() {
        return List.copyOf(settings.polled().entrySet());
    }

    /** Fetches the address in the body (a {@code source=url} pair); the body becomes the answer's bytes. */
    public void fetch(Exchange exchange) throws IOException {
        String source = exchange.getIn().getHeader(SOURCE, String.class);
        URI url = URI.create(exchange.getIn().getHeader(URL, String.class));
        exchange.setProperty(DeadLetters.ITEM_KEY, source + " " + url);
        exchange.setProperty(DeadLetters.ITEM, "partner " + source + " at " + url);
        exchange.setProperty(DeadLetters.RETRY_ENDPOINT, PartnerRoutes.FETCH);
        HttpFetch.Fetched fetched = new HttpFetch(settings.fetchLimits()).get(url,
                "application/ld+json, application/json, text/calendar, text/vcard, application/vcard+json;q=0.9, */*;q=0.5");
        exchange.getIn().setBody(fetched.body());
    }

    /** Reads the partner file in the body, for the source in the header. */
    public PartnerImportReport read(Exchange exchange) throws IOException {
        PartnerSource source = new PartnerSource(exchange.getIn().getHeader(SOURCE, String.class));
        String origin = Optional.ofNullable(exchange.getIn().getHeader(URL, String.class))
                .or(() -> Optional.ofNullable(exchange.getIn().getHeader(Exchange.FILE_NAME, String.class))
                        .map(n -> Path.of(n).getFileName().toString()))
                .orElse("a file of " + source);
        exchange.setProperty(DeadLetters.ITEM_KEY, source + " " + origin);
        Object body = exchange.getIn().getBody();
        InputStream in = body instanceof byte[] bytes ? new ByteArrayInputStream(bytes)
                : exchange.getIn().getBody(InputStream.class);
        return read(source, origin, in);
    }

    /**
     * Reads one partner file: good records stored together, bad ones dead-lettered.
     *
     * @throws UnreadablePartnerFileException if the file is refused whole; nothing of it is stored
     */
    public PartnerImportReport read(PartnerSource source, String origin, InputStream in) throws IOException {
        PartnerFile file = new PartnerFileReader(settings.limits(), CoreProducers.ASSOCIATION_ZONE).read(in, origin);
        for (RefusedRecord refused : file.refused()) {
            deadLetters.store(new NewDeadLetter(PartnerRoutes.FILE_ROUTE, Optional.of(source + " " + origin + " "
                    + refused.key()), refused.text(), Map.of(SOURCE, source.key()), refused.reason(), "refused record",
                    Optional.empty(), clock.instant()));
        }
        PartnerImportReport report = partners.receive(new ReceivePartnerData(source, origin, file.listings(),
                file.events(), file.people()));
        LOG.info(() -> "Partner file " + origin + " of " + source + " (" + file.format() + "): " + report.created()
                + " new, " + report.updated() + " changed, " + report.unchanged() + " unchanged, "
                + file.refused().size() + " refused");
        return report;
    }
}
