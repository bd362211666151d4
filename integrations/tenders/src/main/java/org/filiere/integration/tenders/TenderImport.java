package org.filiere.integration.tenders;

import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.apache.camel.Exchange;
import org.eclipse.microprofile.config.Config;
import org.filiere.integration.camel.ReadAhead;
import org.filiere.integration.camel.deadletter.DeadLetterStore;
import org.filiere.integration.camel.deadletter.DeadLetters;
import org.filiere.integration.camel.deadletter.NewDeadLetter;
import org.filiere.kernel.ImportRun;
import org.filiere.kernel.StaleDataException;
import org.filiere.watch.FieldIssue;
import org.filiere.watch.TenderNotice;
import org.filiere.watch.application.TenderIntake;
import org.filiere.watch.application.TenderReception;
import org.filiere.watch.application.TenderService;
import org.filiere.wiring.ImportProgressPublisher;

/**
 * Takes tender feeds into the market watch: a feed streams through {@link TenderFeedReader} and its entries go to
 * {@link TenderIntake} a chunk per transaction, so that a national file is read in bounded memory. An entry that
 * cannot be used goes to the dead letters with its content and its reason, and the others go in; a retried entry
 * comes back through {@link #receive(Exchange)}. Reading a feed again updates its tenders, never duplicates them.
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

    private static final int ATTEMPTS_ALONE = 3;

    private final TenderService tenders;
    private final TenderIntake intake;
    private final Event<TenderNoticeRead> read;
    private final DeadLetterStore deadLetters;
    private final Clock clock;
    private final TenderFeedSettings settings;
    @Inject
    ImportProgressPublisher progress;

    @Inject
    public TenderImport(TenderService tenders, TenderIntake intake, Event<TenderNoticeRead> read,
            DeadLetterStore deadLetters, Clock clock, Config config) {
        this.tenders = tenders;
        this.intake = intake;
        this.read = read;
        this.deadLetters = deadLetters;
        this.clock = clock;
        this.settings = config == null ? null : new TenderFeedSettings(config);
    }

    /** For the CDI container's proxies. */
    protected TenderImport() {
        this(null, null, null, null, null, null);
    }

    /**
     * Imports a whole feed as it streams, a chunk of entries per transaction; the caller closes the stream.
     *
     * @param name the file's name or the feed's address, for messages and dead letters
     * @throws TenderFeedRefusedException if it is not a feed the import reads (nothing was kept)
     * @throws UnreadableFeedException    if it is not JSON, or stops being JSON (the chunks before were kept)
     */
    public FeedReport importFeed(String name, InputStream in) {
        int size = settings.chunkEntries();
        FeedReport report = FeedReport.empty(name);
        try (ImportRun run = progress.start(name, "tender feed", OptionalLong.empty());
                TenderFeedReader reader = TenderFeedReader.open(name, run.counting(in), settings.maxEntryChars());
                ReadAhead<ReadChunk> ahead = new ReadAhead<>("filiere:tender-feed-reader",
                        () -> ReadChunk.next(name, reader, size, run))) {
            for (Optional<ReadChunk> chunk = ahead.next(); chunk.isPresent(); chunk = ahead.next()) {
                FeedReport done = importChunk(name, chunk.get());
                run.advance(done.entries(), done.entries() - done.deadLettered(), done.deadLettered(),
                        chunk.get().bytesThrough());
                report = report.plus(done);
            }
            report = report.of(reader.kind());
            run.finish();
        }
        FeedReport done = report;
        LOG.info(done::toString);
        return done;
    }

    private record Refused(TenderFeedReader.Entry entry, String key, String reason, String type) {
    }

    /**
     * A chunk of entries as read and turned into notices, without touching the database, so that it can be done on
     * the reading thread: the notices and the entries they came from, the entries refused with their reasons, and
     * what was noticed about the whole file so far, and how far into the file the chunk ends.
     */
    private record ReadChunk(int entries, List<FieldIssue> fileIssues, List<TenderNotice> notices,
            List<TenderFeedReader.Entry> noticed, List<Refused> refused, long bytesThrough) {

        static Optional<ReadChunk> next(String feed, TenderFeedReader reader, int size, ImportRun run) {
            List<TenderFeedReader.Entry> entries = new ArrayList<>(size);
            Optional<TenderFeedReader.Entry> read;
            while (entries.size() < size && (read = reader.next()).isPresent()) {
                entries.add(read.get());
            }
            if (entries.isEmpty()) {
                return Optional.empty();
            }
            long bytesThrough = run.bytesRead();
            List<FieldIssue> fileIssues = List.copyOf(reader.issues());
            List<TenderNotice> notices = new ArrayList<>(size);
            List<TenderFeedReader.Entry> noticed = new ArrayList<>(size);
            List<Refused> refused = new ArrayList<>();
            for (TenderFeedReader.Entry entry : entries) {
                if (entry.problem().isPresent()) {
                    refused.add(new Refused(entry, key(feed, entry), entry.problem().get(),
                            UnreadableFeedException.class.getName()));
                    continue;
                }
                try {
                    notices.add(TenderFeeds.notice(entry.format(), entry.json().orElseThrow(), fileIssues));
                    noticed.add(entry);
                } catch (UnreadableFeedException unreadable) {
                    refused.add(new Refused(entry, key(feed, entry), unreadable.getMessage(),
                            unreadable.getClass().getName()));
                }
            }
            return Optional.of(new ReadChunk(entries.size(), fileIssues, notices, noticed, refused, bytesThrough));
        }
    }

    private FeedReport importChunk(String feed, ReadChunk chunk) {
        List<Refused> refused = new ArrayList<>(chunk.refused());
        List<TenderNotice> notices = chunk.notices();
        List<TenderFeedReader.Entry> noticed = chunk.noticed();
        List<FieldIssue> fileIssues = chunk.fileIssues();
        TenderIntake.ChunkReceived received = receive(notices);
        for (TenderIntake.Refusal refusal : received.refusals()) {
            TenderFeedReader.Entry entry = noticed.get(refusal.position());
            refused.add(new Refused(entry, key(feed, entry), refusal.reason().getMessage(),
                    refusal.reason().getClass().getName()));
        }
        for (Refused r : refused) {
            deadLetter(feed, fileIssues, r);
        }
        long created = 0;
        long updated = 0;
        for (TenderReception reception : received.receptions()) {
            created += reception.outcome() == TenderReception.Outcome.CREATED ? 1 : 0;
            updated += reception.outcome() == TenderReception.Outcome.UPDATED ? 1 : 0;
            read.fire(new TenderNoticeRead(feed, reception.tenderId(), reception.outcome(), reception.issues()));
        }
        return new FeedReport(feed, Optional.empty(), chunk.entries(), created, updated,
                received.receptions().size() - created - updated, refused.size());
    }

    /**
     * Receives a chunk's notices together; when another import stored one of them at the same moment (two nodes
     * reading feeds that share tenders), nothing of the chunk was written, and its notices are received again one at
     * a time, each in its own transaction, so that each finds what the other import wrote.
     */
    private TenderIntake.ChunkReceived receive(List<TenderNotice> notices) {
        try {
            return intake.receive(notices);
        } catch (StaleDataException conflict) {
            LOG.fine(() -> "Chunk received again notice by notice: " + conflict.getMessage());
        }
        List<TenderReception> receptions = new ArrayList<>();
        List<TenderIntake.Refusal> refusals = new ArrayList<>();
        for (int i = 0; i < notices.size(); i++) {
            TenderIntake.ChunkReceived alone = receiveAlone(notices.get(i));
            receptions.addAll(alone.receptions());
            int position = i;
            alone.refusals().forEach(r -> refusals.add(new TenderIntake.Refusal(position, r.reason())));
        }
        return new TenderIntake.ChunkReceived(receptions, refusals);
    }

    private TenderIntake.ChunkReceived receiveAlone(TenderNotice notice) {
        for (int attempt = 1;; attempt++) {
            try {
                return intake.receive(List.of(notice));
            } catch (StaleDataException conflict) {
                if (attempt == ATTEMPTS_ALONE) {
                    throw conflict;
                }
            }
        }
    }

    /**
     * The key of an entry's dead letter: its feed and its rank, so that reading the same file again counts one more
     * attempt of the same letter rather than adding another.
     */
    private static String key(String feed, TenderFeedReader.Entry entry) {
        return feed + ", " + entry.describe();
    }

    private void deadLetter(String feed, List<FieldIssue> fileIssues, Refused refused) {
        TenderFeedReader.Entry entry = refused.entry();
        Optional<String> json = entry.json().map(Object::toString);
        String reason = "Tender feed " + feed + ", " + entry.describe() + ": " + refused.reason();
        deadLetters.store(new NewDeadLetter(TenderFeedRoutes.ENTRY_ROUTE, Optional.of(refused.key()),
                json.orElse(feed + " " + entry.describe() + " (not kept: " + refused.reason() + ")"),
                Map.of(FORMAT, entry.format().name(), FEED, feed, FEED_ISSUES, TenderFeeds.encode(fileIssues)),
                reason, refused.type(), json.map(j -> TenderFeedRoutes.ENTRY), clock.instant()));
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
