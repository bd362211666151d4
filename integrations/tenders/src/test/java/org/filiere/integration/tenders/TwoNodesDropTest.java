package org.filiere.integration.tenders;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.filiere.kernel.ImportProgress;
import org.filiere.persistence.FiliereContainer;
import org.filiere.persistence.TestDatabase;
import org.filiere.persistence.Transactions;
import org.filiere.watch.Tenders;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two application nodes on one database watch one drop folder: a feed dropped there is imported by one of them,
 * once, even though the other keeps polling the folder and failing to take the file while it is imported.
 */
class TwoNodesDropTest {

    private static final int RELEASES = 2000;
    private static final List<String> IMPORTS_STARTED = new CopyOnWriteArrayList<>();

    /** Notes, in both nodes, each import that starts. */
    @ApplicationScoped
    public static class ImportsStarted {

        void onProgress(@Observes ImportProgress progress) {
            if (progress.stage() == ImportProgress.Stage.STARTED) {
                IMPORTS_STARTED.add(progress.source());
            }
        }
    }

    static Stream<TestDatabase> databases() {
        return TestDatabase.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldImportADroppedFeedOnceWhenTwoNodesWatchTheFolder(TestDatabase database, @TempDir Path work)
            throws Exception {
        IMPORTS_STARTED.clear();
        Path drop = Files.createDirectories(work.resolve("drop"));
        TestDatabase sameDatabase = new TestDatabase(database.name(), database.properties(), () -> {
        });
        Map<String, String> settings = Map.of("filiere.integration.tender-feeds.drop-directory", drop.toString(),
                "filiere.integration.tender-feeds.drop-poll", "PT0.1S",
                "filiere.integration.tender-feeds.chunk-entries", "100");
        try (FiliereContainer nodeA = FiliereContainer.start(database, settings, ImportsStarted.class);
                FiliereContainer nodeB = FiliereContainer.start(sameDatabase, settings, ImportsStarted.class)) {
            Path feed = GeneratedOcdsFeed.write(work.resolve("feed.tmp"), RELEASES, -1);
            Files.move(feed, drop.resolve("national.json"));

            Eventually.await(Duration.ofMinutes(3), () -> TenderImportNode.filesIn(drop.resolve(".done")) == 1);

            assertThat(IMPORTS_STARTED).as("imports of the file, on both nodes").containsExactly("national.json");
            assertThat(TenderImportNode.filesIn(drop.resolve(TenderFeedRoutes.FAILED))).isZero();
            assertThat(nodeA.get(Transactions.class).required(() -> nodeA.get(Tenders.class).count()))
                    .isEqualTo(RELEASES);
        }
    }
}
