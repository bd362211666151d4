package org.filiere.integration.training;

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
 * An application node of its own process, for {@link CrashRecoveryImportTest}: it watches a drop folder on a
 * database, prints {@code DONE} once the catalogue dropped there was imported and moved to {@code .done}, and stops.
 * Arguments: the database URL, the drop folder.
 */
public final class CatalogueImportNode {

    static final Duration LEASE = Duration.ofSeconds(1);
    static final int CHUNK_SESSIONS = 30;

    private CatalogueImportNode() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        Path drop = Path.of(args[1]);
        TestDatabase database = new TestDatabase("node", Map.of("filiere.db.url", url), () -> {
        });
        try (FiliereContainer node = FiliereContainer.start(database, Map.of(
                "filiere.integration.training-providers.drop-directory", drop.toString(),
                "filiere.integration.training-providers.drop-poll", "PT0.2S",
                "filiere.integration.training-providers.drop-lock-lease", LEASE.toString(),
                "filiere.integration.training-providers.chunk-sessions", String.valueOf(CHUNK_SESSIONS)))) {
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
        Path done = drop.resolve(".done");
        Instant deadline = Instant.now().plus(limit);
        try (WatchService watch = drop.getFileSystem().newWatchService()) {
            drop.register(watch, StandardWatchEventKinds.ENTRY_CREATE);
            boolean doneWatched = false;
            while (filesIn(done) == 0) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("The catalogue in " + drop + " was not imported within " + limit);
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
