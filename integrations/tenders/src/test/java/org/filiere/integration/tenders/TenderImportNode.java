package org.filiere.integration.tenders;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.filiere.persistence.FiliereContainer;
import org.filiere.persistence.TestDatabase;

/**
 * An application node of its own process, for {@link CrashRecoveryImportTest}: it watches a tender drop folder on a
 * database, prints {@code DONE} once the feed dropped there was imported and moved to {@code .done}, and stops.
 * Arguments: the database URL, the drop folder. With the system property {@value PausePoints#PROPERTY} it stops
 * for good at that point of the import instead (see {@link PausePoints}).
 */
public final class TenderImportNode {

    static final Duration LEASE = Duration.ofSeconds(1);
    static final int CHUNK_ENTRIES = 100;

    private TenderImportNode() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        Path drop = Path.of(args[1]);
        TestDatabase database = new TestDatabase("node", Map.of("filiere.db.url", url), () -> {
        });
        String settings = "filiere.integration." + TenderFeedRoutes.NAME + ".";
        try (FiliereContainer node = FiliereContainer.start(database, Map.of(
                settings + "drop-directory", drop.toString(),
                settings + "drop-poll", "PT0.2S",
                settings + "drop-lock-lease", LEASE.toString(),
                settings + "chunk-entries", String.valueOf(CHUNK_ENTRIES)), PausePoints.class)) {
            System.out.println("STARTED");
            System.out.flush();
            awaitDone(drop, Duration.ofMinutes(3));
        }
        System.out.println("DONE");
        System.out.flush();
        System.exit(0);
    }

    /** Waits, on the folder's change events, until a file lands in {@code .done}. */
    private static void awaitDone(Path drop, Duration limit) throws IOException, InterruptedException {
        Path done = drop.resolve(TenderFeedRoutes.DONE);
        Instant deadline = Instant.now().plus(limit);
        try (WatchService watch = drop.getFileSystem().newWatchService()) {
            drop.register(watch, StandardWatchEventKinds.ENTRY_CREATE);
            boolean doneWatched = false;
            while (filesIn(done) == 0) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("The feed in " + drop + " was not imported within " + limit);
                }
                if (!doneWatched && Files.isDirectory(done)) {
                    done.register(watch, StandardWatchEventKinds.ENTRY_CREATE);
                    doneWatched = true;
                    continue;
                }
                WatchKey key = watch.poll(200, TimeUnit.MILLISECONDS);
                if (key != null) {
                    key.pollEvents();
                    key.reset();
                }
            }
        }
    }

    static long filesIn(Path folder) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
