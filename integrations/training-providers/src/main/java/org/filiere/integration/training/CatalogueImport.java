package org.filiere.integration.training;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;
import org.filiere.access.Actor;
import org.filiere.integration.camel.ReadAhead;
import org.filiere.integration.camel.deadletter.DeadLetterStore;
import org.filiere.integration.camel.deadletter.NewDeadLetter;
import org.filiere.integration.camel.idempotency.ClaimedMeanwhileException;
import org.filiere.integration.training.catalogue.CatalogueCourse;
import org.filiere.integration.training.catalogue.CatalogueReader;
import org.filiere.integration.training.catalogue.CatalogueRecordException;
import org.filiere.integration.training.catalogue.CatalogueRefusal;
import org.filiere.integration.training.catalogue.CatalogueRefusedException;
import org.filiere.integration.training.catalogue.Chunks;
import org.filiere.integration.training.csv.CsvCatalogueReader;
import org.filiere.integration.training.lheo.LheoReader;
import org.filiere.kernel.BusinessRefusal;
import org.filiere.kernel.ImportRun;
import org.filiere.member.Siret;
import org.filiere.training.InvalidTrainingDataException;
import org.filiere.training.application.CatalogueService;
import org.filiere.training.application.ProviderCourse;
import org.filiere.training.application.ProviderCourseOutcome;
import org.filiere.training.application.TrainingCommands.CloseWithdrawnCourses;
import org.filiere.training.application.WithdrawnCoursesOutcome;
import org.filiere.wiring.ImportProgressPublisher;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Takes a training organisation's catalogue into the training catalogue, a chunk of courses per transaction while
 * the file streams. A course that cannot be read or taken goes to the dead letters with its reason, and the rest
 * goes in. A course already imported exactly as it is now is skipped at the cost of one query per chunk (its key
 * is its provider, its own id and a digest of its content, recorded in the database in the same transaction as
 * the chunk, so that a node stopping part-way leaves no course counted as imported that was not), which is also
 * what keeps two nodes importing the same catalogue from importing a course twice.
 */
@ApplicationScoped
public class CatalogueImport {

    /** The route that takes one course again, when staff retry its dead letter. */
    public static final String COURSE_ROUTE = "training-providers-course";
    /** Its endpoint. */
    public static final String COURSE_ENDPOINT = "direct:" + COURSE_ROUTE;
    /** The idempotent repository of imported course contents. */
    public static final String IMPORTED_COURSES = "training-provider-courses";

    private static final Logger LOG = Logger.getLogger(CatalogueImport.class.getName());
    private static final Actor IMPORT = Actor.staff("catalogue-import-training-providers", "catalogue import (training providers)");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CLAIM_ATTEMPTS = 5;

    /** What the progress of an import names. */
    public static final String PROGRESS_KIND = "training catalogue";

    private final CatalogueService catalogue;
    private final ClaimedImport claimed;
    private final ImportProgressPublisher progress;
    private final DeadLetterStore deadLetters;
    private final Clock clock;
    private final TrainingProviderSettings settings;

    @Inject
    public CatalogueImport(CatalogueService catalogue, ClaimedImport claimed, ImportProgressPublisher progress,
            DeadLetterStore deadLetters, Clock clock, Config config) {
        this.catalogue = catalogue;
        this.claimed = claimed;
        this.progress = progress;
        this.deadLetters = deadLetters;
        this.clock = clock;
        this.settings = config == null ? null : new TrainingProviderSettings(config);
    }

    /** For the CDI container's proxies. */
    protected CatalogueImport() {
        this(null, null, null, null, null, null);
    }

    /**
     * Imports a whole catalogue, LHEO or CSV (told by its name, else by its first character). Once the file was
     * read to its end, each training organisation it names is taken to offer exactly the courses it lists: the
     * sessions still open of that organisation's courses imported before and no longer listed are closed (kept,
     * with their registrations). A file refused or damaged part-way closes nothing.
     *
     * @throws CatalogueRefusedException when the file is not a catalogue, or is damaged (what was read before the
     *                                   damage stays imported)
     */
    public ImportReport importCatalogue(String name, InputStream in) {
        return importCatalogue(name, in, OptionalLong.empty());
    }

    /**
     * Imports a whole catalogue as {@link #importCatalogue(String, InputStream)} does, publishing its progress
     * ({@link org.filiere.kernel.ImportProgress}) after each chunk.
     *
     * @param size the size of the file in bytes, when known, so that the progress can tell the share read
     */
    public ImportReport importCatalogue(String name, InputStream in, OptionalLong size) {
        CatalogueListing listing = new CatalogueListing();
        ImportReport report;
        try (ImportRun run = progress.start(name, PROGRESS_KIND, size)) {
            try (CatalogueReader reader = open(name, in, run::counting);
                    Chunks chunks = new Chunks(reader, settings.chunkSessions());
                    ReadAhead<ReadChunk> ahead = new ReadAhead<>("filiere:catalogue-reader",
                            () -> chunks.hasNext() ? Optional.of(ReadChunk.of(chunks.next(), run.bytesRead(),
                                    this::prepare)) : Optional.empty())) {
                report = ImportReport.empty(name, reader.format());
                PausePoints.reach(PausePoints.BEFORE_FIRST_CHUNK);
                for (Optional<ReadChunk> next = ahead.next(); next.isPresent(); next = ahead.next()) {
                    ReadChunk chunk = next.get();
                    chunk.courses().forEach(listing::add);
                    ImportReport done = importChunk(name, reader.format(), chunk);
                    report = report.plus(done);
                    run.advance(done.coursesRead(), done.coursesRead() - done.deadLetters(), done.deadLetters(),
                            chunk.bytesThrough());
                    PausePoints.reach(PausePoints.BETWEEN_CHUNKS);
                }
            }
            report = report.plus(closeWithdrawnCourses(name, listing));
            run.finish();
        }
        LOG.info(report::toString);
        return report;
    }

    /** Closes the courses each organisation the catalogue lists in full no longer offers, one transaction each. */
    private ImportReport closeWithdrawnCourses(String name, CatalogueListing listing) {
        if (!listing.incomplete().isEmpty()) {
            LOG.warning(() -> name + " names courses without an id for " + listing.incomplete()
                    + ": their courses no longer listed are left open");
        }
        int courses = 0;
        int sessions = 0;
        for (Map.Entry<Siret, Set<String>> provider : listing.complete().entrySet()) {
            WithdrawnCoursesOutcome outcome = catalogue.closeWithdrawnCourses(
                    new CloseWithdrawnCourses(IMPORT, provider.getKey(), provider.getValue()));
            courses += outcome.courseIds().size();
            sessions += outcome.sessionsClosed();
        }
        return ImportReport.withdrawn(name, courses, sessions);
    }

    /** Opens the reader of the catalogue's format. */
    public CatalogueReader open(String name, InputStream in) {
        return open(name, in, UnaryOperator.identity());
    }

    /** Opens the reader of the catalogue's format, on the buffered input as {@code counting} wraps it. */
    private CatalogueReader open(String name, InputStream in, UnaryOperator<InputStream> counting) {
        BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
        String lower = name.toLowerCase(Locale.ROOT);
        boolean xml = lower.endsWith(".xml") || !lower.endsWith(".csv") && startsWithMarkup(buffered);
        InputStream read = counting.apply(buffered);
        return xml ? LheoReader.open(name, read, settings.maxRecordBytes())
                : CsvCatalogueReader.open(name, read, settings.csvCharset());
    }

    private static boolean startsWithMarkup(BufferedInputStream in) {
        try {
            in.mark(64);
            int b;
            do {
                b = in.read();
            } while (b == ' ' || b == '\n' || b == '\r' || b == '\t' || b == 0xEF || b == 0xBB || b == 0xBF);
            in.reset();
            return b == '<';
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Imports one course given as the JSON its dead letter keeps. */
    public ImportReport importCourse(String json) {
        CatalogueCourse course;
        try {
            course = JSON.readValue(json, CatalogueCourse.class);
        } catch (JsonProcessingException e) {
            throw new CatalogueRefusedException("The dead letter does not hold a catalogue course: " + e.getOriginalMessage(), e);
        }
        Prepared prepared = prepare(course, key(course, json), json);
        Optional<ProviderCourseOutcome> outcome = importClaimed(prepared);
        return outcome.map(o -> report(course.source(), "course", 1, List.of(o), 0, 0))
                .orElseGet(() -> new ImportReport(course.source(), "course", 1, 0, 1, 0, 0, 0, 0, 0))
                .withGaps(List.of(prepared.gaps));
    }

    /** A course read, with its key and the command that imports it. */
    record Prepared(CatalogueCourse read, String key, String json, ProviderCourse course, RecordGaps gaps) {
    }

    private Prepared prepare(CatalogueCourse course, String key, String json) {
        CatalogueMapping.Mapped mapped = CatalogueMapping.toProviderCourse(course, IMPORT, settings.defaultSeats());
        return new Prepared(course, key, json, mapped.course(), mapped.gaps());
    }

    /** A course read, with its content as JSON, its key and its mapping; the mapping's refusal is thrown. */
    private Prepared prepare(CatalogueCourse course) {
        String json = json(course);
        return prepare(course, key(course, json), json);
    }

    /**
     * A chunk as read and prepared, without touching the database, so that it can be done on the reading thread: the
     * courses in the file's order, those the mapping took and those it refused with the refusal, and how far into
     * the file the chunk ends.
     */
    record ReadChunk(List<CatalogueCourse> courses, List<Prepared> prepared, List<Refused> refused,
            long bytesThrough) {

        static ReadChunk of(List<CatalogueCourse> courses, long bytesThrough,
                Function<CatalogueCourse, Prepared> prepare) {
            List<Prepared> prepared = new ArrayList<>();
            List<Refused> refused = new ArrayList<>();
            for (CatalogueCourse course : courses) {
                try {
                    prepared.add(prepare.apply(course));
                } catch (BusinessRefusal refusal) {
                    refused.add(new Refused(course, refusal));
                }
            }
            return new ReadChunk(courses, prepared, refused, bytesThrough);
        }
    }

    /** A course the mapping refused, and why. */
    record Refused(CatalogueCourse course, BusinessRefusal refusal) {
    }

    private ImportReport importChunk(String source, String format, ReadChunk chunk) {
        List<Prepared> prepared = chunk.prepared();
        int dead = 0;
        for (Refused r : chunk.refused()) {
            String json = json(r.course());
            deadLetter(r.course(), key(r.course(), json), json, r.refusal());
            dead++;
        }
        List<RecordGaps> gaps = prepared.stream().map(Prepared::gaps).toList();
        if (prepared.isEmpty()) {
            return report(source, format, chunk.courses().size(), List.of(), 0, dead);
        }
        try {
            ClaimedImport.Claimed done = claimedInOneTransaction(() -> claimed.importChunk(prepared));
            return report(source, format, chunk.courses().size(), done.outcomes(), done.unchanged(), dead)
                    .withGaps(gaps);
        } catch (BusinessRefusal refusal) {
            LOG.fine(() -> source + ": a chunk was refused (" + refusal.getMessage() + "); its courses go one by one");
        }
        List<ProviderCourseOutcome> outcomes = new ArrayList<>();
        List<RecordGaps> taken = new ArrayList<>();
        int unchanged = 0;
        for (Prepared p : prepared) {
            try {
                Optional<ProviderCourseOutcome> outcome = importClaimed(p);
                outcome.ifPresent(outcomes::add);
                unchanged += outcome.isEmpty() ? 1 : 0;
                taken.add(p.gaps);
            } catch (BusinessRefusal refusal) {
                deadLetter(p.read, p.key, p.json, refusal);
                dead++;
            }
        }
        return report(source, format, chunk.courses().size(), outcomes, unchanged, dead).withGaps(taken);
    }

    /** Imports one course in a transaction that also claims its key; empty when it was imported before. */
    private Optional<ProviderCourseOutcome> importClaimed(Prepared p) {
        return claimedInOneTransaction(() -> claimed.importOne(p));
    }

    /**
     * Runs work that claims keys and imports what it claimed, in one transaction, so that the claims commit with
     * the import or not at all. When another node claimed some of the keys meanwhile, the work runs again: the
     * keys that node committed are then found and left to it.
     */
    private static <T> T claimedInOneTransaction(Supplier<T> work) {
        for (int attempt = 1;; attempt++) {
            try {
                return work.get();
            } catch (ClaimedMeanwhileException meanwhile) {
                if (attempt == CLAIM_ATTEMPTS) {
                    throw meanwhile;
                }
                LOG.fine(meanwhile::getMessage);
            }
        }
    }

    private static ImportReport report(String source, String format, int read, List<ProviderCourseOutcome> outcomes,
            int unchanged, int dead) {
        int imported = 0;
        int created = 0;
        int revised = 0;
        int closed = 0;
        for (ProviderCourseOutcome o : outcomes) {
            boolean touched = o.changedCatalogue();
            imported += touched ? 1 : 0;
            unchanged += touched ? 0 : 1;
            created += o.sessionsCreated();
            revised += o.sessionsRevised();
            closed += o.sessionsClosed();
        }
        return new ImportReport(source, format, read, imported, unchanged, 0, created, revised, closed, dead);
    }

    private void deadLetter(CatalogueCourse course, String key, String json, BusinessRefusal refused) {
        CatalogueRefusal refusal = refusalOf(course, refused);
        deadLetters.store(new NewDeadLetter(COURSE_ROUTE, Optional.of(key), json,
                Map.of("provider", course.providerSiret(), "course", course.courseId(), "field", refusal.field()),
                refusal.message(), refused.getClass().getName(), Optional.of(COURSE_ENDPOINT), clock.instant()));
    }

    /**
     * A refusal named for the catalogue's record: the reader's and the mapping's name it already; the training
     * catalogue's name the course or a session of it, which becomes the field refused within the record.
     */
    static CatalogueRefusal refusalOf(CatalogueCourse course, BusinessRefusal refused) {
        String record = "Course " + course.source();
        if (refused instanceof CatalogueRecordException read) {
            return read.refusal();
        }
        if (refused instanceof InvalidTrainingDataException invalid) {
            String field = "Course".equals(invalid.record()) ? invalid.field()
                    : invalid.record() + ": " + invalid.field();
            return new CatalogueRefusal(record, field, invalid.reason());
        }
        return new CatalogueRefusal(record, "", refused.getMessage());
    }

    private static String json(CatalogueCourse course) {
        try {
            return JSON.writeValueAsString(course);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A catalogue course cannot be written as JSON", e);
        }
    }

    /** The course's provider, own id and a digest of everything the catalogue says of it. */
    static String key(CatalogueCourse course, String json) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8));
            String id = course.providerSiret() + "/" + course.courseId();
            return (id.length() > 200 ? id.substring(0, 200) : id) + "#" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
