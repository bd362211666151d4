package org.filiere.persistence.techwatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.filiere.fixtures.Fixtures.aStaffMember;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.filiere.access.Actor;
import org.filiere.kernel.StaleDataException;
import org.filiere.persistence.Databases;
import org.filiere.persistence.FiliereContainer;
import org.filiere.persistence.TestDatabase;
import org.filiere.techwatch.FeedItem;
import org.filiere.techwatch.TechFeedId;
import org.filiere.techwatch.TechItemId;
import org.filiere.techwatch.TechLetterId;
import org.filiere.techwatch.application.TechLetterService;
import org.filiere.techwatch.application.TechWatchCommands.DraftLetter;
import org.filiere.techwatch.application.TechWatchCommands.FollowFeed;
import org.filiere.techwatch.application.TechWatchCommands.PickItem;
import org.filiere.techwatch.application.TechWatchService;
import org.filiere.watch.WatchWeek;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Staff members picking items for the same draft letter at the same moment, on real threads: no pick is lost. */
class TechLetterConcurrencyTest {

    private static final Actor STAFF = aStaffMember();
    private static final int STAFF_AT_ONCE = 6;

    static Stream<TestDatabase> databases() {
        return Databases.derbyAndPostgres();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldKeepEveryPickWhenStaffEditTheSameDraftAtOnce(TestDatabase database) throws Exception {
        Databases.assumeReachable(database);
        try (FiliereContainer filiere = FiliereContainer.start(database)) {
            TechWatchService watch = filiere.get(TechWatchService.class);
            TechFeedId feed = watch.follow(new FollowFeed(STAFF, "Actualités", URI.create("https://news.example.org/rss")));
            List<FeedItem> given = IntStream.range(0, STAFF_AT_ONCE)
                    .mapToObj(i -> TechWatchPersistenceTest.anItem("g-" + i, "Article " + i, "")).toList();
            List<TechItemId> items = watch.receive(feed, given).reading().created();
            TechLetterService letters = filiere.get(TechLetterService.class);
            TechLetterId letter = letters.draft(new DraftLetter(STAFF, "Lettre", WatchWeek.of(LocalDate.of(2026, 11, 30))));
            CyclicBarrier together = new CyclicBarrier(STAFF_AT_ONCE);
            AtomicInteger stale = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(STAFF_AT_ONCE);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (TechItemId item : items) {
                    done.add(pool.submit(() -> {
                        together.await(30, TimeUnit.SECONDS);
                        for (int attempt = 0; attempt < 50; attempt++) {
                            try {
                                letters.pick(new PickItem(STAFF, letter, item, "choisi"));
                                return null;
                            } catch (StaleDataException e) {
                                stale.incrementAndGet();
                                Thread.sleep(5L * (attempt + 1));
                            }
                        }
                        throw new AssertionError("Item " + item + " could not be picked in 50 attempts");
                    }));
                }
                for (Future<?> f : done) {
                    f.get(120, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }

            assertThat(letters.letter(letter).orElseThrow().entries()).extracting(e -> e.itemId())
                    .as("every pick kept; %d concurrent saves were refused as stale and tried again", stale.get())
                    .containsExactlyInAnyOrderElementsOf(items);
        }
    }
}
