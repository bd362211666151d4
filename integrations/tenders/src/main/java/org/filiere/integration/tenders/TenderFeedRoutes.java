package org.filiere.integration.tenders;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import org.apache.camel.Exchange;
import org.apache.camel.WrappedFile;
import org.eclipse.microprofile.config.ConfigProvider;
import org.filiere.integration.camel.IntegrationRouteBuilder;
import org.filiere.integration.camel.deadletter.DeadLetterRecorder;
import org.filiere.integration.camel.deadletter.DeadLetters;
import org.filiere.integration.camel.idempotency.IdempotentRepositories;

/**
 * Tender feeds in: files dropped in a directory, a web address polled on a period, and
 * {@code direct:tender-import-file} for a file named by path. A feed streams into the market watch (see
 * {@link TenderImport}); an entry that cannot be used goes to the dead letters on its own, and is tried again
 * through {@code direct:tender-entry}. A dropped file is taken by one node only, however many watch the folder
 * ({@code DropFolderLock}; a file whose node stopped before it was done is taken again once {@code drop-lock-lease}
 * has passed); it moves to {@code .done} once read, to {@code .refused} when it is not a feed the import reads, and to
 * {@code .failed} when it cannot be read, with a {@code <name>.reason.txt} beside it and a dead letter whose retry
 * reads the file again from there. Settings: {@link TenderFeedSettings}.
 */
@Dependent
public class TenderFeedRoutes extends IntegrationRouteBuilder {

    /** The integration's name in configuration keys. */
    public static final String NAME = "tender-feeds";
    /** The route of dropped files. */
    public static final String DROP_ROUTE = "tender-drop";
    /** The route of the polled web feed. */
    public static final String POLL_ROUTE = "tender-poll";
    /** The route importing a file named by path (and retrying a file set aside). */
    public static final String FILE_ROUTE = "tender-import-file";
    /** Send a file's path here to import it. */
    public static final String IMPORT_FILE = "direct:" + FILE_ROUTE;
    /** The route of a single entry, for retried dead letters. */
    public static final String ENTRY_ROUTE = "tender-entry";
    /** Where a single entry goes. */
    public static final String ENTRY = "direct:" + ENTRY_ROUTE;

    /** The folder of files read. */
    public static final String DONE = ".done";
    /** The folder of files that could not be read. */
    public static final String FAILED = ".failed";
    /** The folder of files that are not feeds the import reads. */
    public static final String REFUSED = ".refused";

    static final String FILES_TAKEN = "tender-feed-files";
    private static final String FOLDER = "FiliereTenderFolder";
    private static final String ASIDE = "FiliereTenderAsideName";

    private final TenderImport tenderImport;
    private final TenderPoll poll;
    private final IdempotentRepositories repositories;

    @Inject
    public TenderFeedRoutes(TenderImport tenderImport, TenderPoll poll, IdempotentRepositories repositories) {
        super(NAME);
        this.tenderImport = tenderImport;
        this.poll = poll;
        this.repositories = repositories;
    }

    @Override
    protected void routes() {
        TenderFeedSettings settings = new TenderFeedSettings(ConfigProvider.getConfig());
        settings.dropDirectory().ifPresent(folder -> {
            getCamelContext().getRegistry().bind(FILES_TAKEN,
                    repositories.dropFolderLock(FILES_TAKEN, settings.dropLockLease()));
            from("file:" + folder + "?exclude=^\\..*&readLock=idempotent-changed&idempotentRepository=#"
                    + FILES_TAKEN + "&readLockRemoveOnCommit=true&readLockRemoveOnRollback=true"
                    + "&readLockCheckInterval=500&readLockMinAge=500&delay=" + settings.dropPoll().toMillis()
                    + "&move=${exchangeProperty." + FOLDER + "}/${exchangeProperty." + ASIDE + "}"
                    + "&moveFailed=" + FAILED + "/${exchangeProperty." + ASIDE + "}")
                    .routeId(DROP_ROUTE)
                    .policy(actingAsSystem())
                    .setProperty(FOLDER, constant(FAILED))
                    .setProperty(ASIDE, simple("${date:now:yyyyMMdd-HHmmss}-${file:name}"))
                    .process(this::importDropped)
                    .setProperty(FOLDER, constant(DONE));
        });
        settings.pollUrl().ifPresent(url -> from("timer:" + POLL_ROUTE + "?delay=100&period="
                + settings.pollPeriodMillis())
                .routeId(POLL_ROUTE)
                .policy(actingAsSystem())
                .setProperty(DeadLetters.ITEM, constant(url))
                .setProperty(DeadLetters.ITEM_KEY, constant(url))
                .process(exchange -> exchange.getMessage().setBody(poll.fetch(url))));
        from(IMPORT_FILE).routeId(FILE_ROUTE)
                .policy(actingAsSystem())
                .process(this::importAside);
        from(ENTRY).routeId(ENTRY_ROUTE)
                .policy(actingAsSystem())
                .bean(TenderImport.class, "receive");
    }

    private void importDropped(Exchange exchange) throws IOException {
        WrappedFile<?> file = exchange.getIn().getBody(WrappedFile.class);
        Path path = Path.of(String.valueOf(file.getFile()));
        String name = path.getFileName().toString();
        exchange.setProperty(DeadLetters.ITEM_KEY, name);
        try (InputStream in = Files.newInputStream(path)) {
            exchange.getMessage().setBody(tenderImport.importFeed(name, in));
        } catch (RuntimeException | IOException failure) {
            String folder = failure instanceof TenderFeedRefusedException ? REFUSED : FAILED;
            exchange.setProperty(FOLDER, folder);
            Path aside = path.resolveSibling(folder).resolve(exchange.getProperty(ASIDE, String.class));
            writeReason(aside, failure);
            exchange.setProperty(DeadLetters.ITEM, aside.toAbsolutePath().toString());
            exchange.setProperty(DeadLetters.RETRY_ENDPOINT, IMPORT_FILE);
            throw failure;
        }
    }

    /** Imports a file named by path; one set aside ({@code .failed}, {@code .refused}) moves to {@code .done}. */
    private void importAside(Exchange exchange) throws Exception {
        Path path = Path.of(exchange.getIn().getMandatoryBody(String.class).strip());
        exchange.setProperty(DeadLetters.ITEM, path.toAbsolutePath().toString());
        exchange.setProperty(DeadLetters.ITEM_KEY, path.getFileName().toString());
        FeedReport report;
        try (InputStream in = Files.newInputStream(path)) {
            report = tenderImport.importFeed(path.getFileName().toString(), in);
        } catch (RuntimeException | IOException failure) {
            if (isAside(path)) {
                writeReason(path, failure);
            }
            throw failure;
        }
        if (isAside(path)) {
            Path done = path.getParent().resolveSibling(DONE);
            Files.createDirectories(done);
            Files.move(path, done.resolve(path.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            Files.deleteIfExists(reasonFile(path));
        }
        exchange.getMessage().setBody(report);
    }

    private static boolean isAside(Path path) {
        Path parent = path.getParent();
        return parent != null && (parent.endsWith(FAILED) || parent.endsWith(REFUSED));
    }

    /** The file beside a file set aside that says why. */
    public static Path reasonFile(Path aside) {
        return aside.resolveSibling(aside.getFileName() + ".reason.txt");
    }

    private static void writeReason(Path aside, Throwable failure) throws IOException {
        Files.createDirectories(aside.getParent());
        Files.writeString(reasonFile(aside), DeadLetterRecorder.reasonOf(failure) + System.lineSeparator(),
                StandardCharsets.UTF_8);
    }
}
