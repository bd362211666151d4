package org.filiere.persistence.techwatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.filiere.fixtures.Fixtures.aStaffMember;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.filiere.access.Actor;
import org.filiere.fixtures.RecordingLetterMailer;
import org.filiere.persistence.Databases;
import org.filiere.persistence.FiliereContainer;
import org.filiere.persistence.TestDatabase;
import org.filiere.privacy.ConsentPurpose;
import org.filiere.privacy.application.ConsentService;
import org.filiere.techwatch.FeedItem;
import org.filiere.techwatch.LetterDelivery;
import org.filiere.techwatch.TechFeedId;
import org.filiere.techwatch.TechItem;
import org.filiere.techwatch.TechItemId;
import org.filiere.techwatch.TechLetter;
import org.filiere.techwatch.TechLetterId;
import org.filiere.techwatch.TechWatchRefusedException;
import org.filiere.techwatch.WatchTopicId;
import org.filiere.techwatch.application.LetterDispatch;
import org.filiere.techwatch.application.SubscriberService;
import org.filiere.techwatch.application.TechLetterService;
import org.filiere.techwatch.application.TechWatchCommands.CommentItem;
import org.filiere.techwatch.application.TechWatchCommands.DefineTopic;
import org.filiere.techwatch.application.TechWatchCommands.DraftLetter;
import org.filiere.techwatch.application.TechWatchCommands.FollowFeed;
import org.filiere.techwatch.application.TechWatchCommands.MoveItem;
import org.filiere.techwatch.application.TechWatchCommands.PickItem;
import org.filiere.techwatch.application.TechWatchCommands.PublishLetter;
import org.filiere.techwatch.application.TechWatchService;
import org.filiere.watch.WatchWeek;
import org.filiere.wiring.CoreProducers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Feeds, topics, items, letters, subscribers and deliveries stored in the database, through the services. */
class TechWatchPersistenceTest {

    private static final Actor STAFF = aStaffMember();

    static Stream<TestDatabase> databases() {
        return Databases.derbyAndPostgres();
    }

    static FeedItem anItem(String guid, String title, String summary) {
        return new FeedItem(Optional.ofNullable(guid), Optional.of(URI.create("https://news.example.org/" + title.hashCode())),
                title, summary, Optional.of(Instant.parse("2026-11-30T08:00:00Z")));
    }

    private static List<FeedItem> theFeed() {
        return List.of(
                anItem("g-1", "L'intelligence artificielle générative arrive dans les PME", "Des modèles de langage"),
                anItem("g-2", "Cybersécurité : une faille critique", "Les entreprises industrielles sont visées"),
                anItem("g-3", "Cryptomonnaies et intelligence artificielle", "Spéculation"),
                anItem(null, "Un article sans guid", "Reconnu par son lien"),
                new FeedItem(Optional.empty(), Optional.empty(), "Ni guid ni lien", "", Optional.empty()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldKeepEachItemOnceAndPutItInItsTopics(TestDatabase database) {
        Databases.assumeReachable(database);
        try (FiliereContainer filiere = FiliereContainer.start(database)) {
            TechWatchService watch = filiere.get(TechWatchService.class);
            TechFeedId feed = watch.follow(new FollowFeed(STAFF, "Actualités", URI.create("https://news.example.org/rss")));
            WatchTopicId ai = watch.defineTopic(new DefineTopic(STAFF, "Intelligence artificielle",
                    "intelligence artificielle, modèles de langage, -cryptomonnaie"));
            WatchTopicId security = watch.defineTopic(new DefineTopic(STAFF, "Cybersécurité", "cybersécurité, faille"));

            var first = watch.receive(feed, theFeed());
            var again = watch.receive(feed, theFeed());

            assertThat(first.reading().created()).hasSize(4);
            assertThat(first.refused()).singleElement()
                    .satisfies(r -> assertThat(r.reason()).contains("Ni guid ni lien").contains("guid and link"));
            assertThat(again.reading().created()).isEmpty();
            assertThat(again.reading().known()).isEqualTo(4);
            assertThat(watch.itemCount(feed)).isEqualTo(4);
            List<TechItem> items = watch.recentItems(Duration.ofDays(7));
            assertThat(items).filteredOn(i -> i.title().startsWith("L'intelligence")).singleElement()
                    .satisfies(i -> assertThat(i.topics()).containsExactly(ai));
            assertThat(items).filteredOn(i -> i.title().startsWith("Cybersécurité")).singleElement()
                    .satisfies(i -> assertThat(i.topics()).containsExactly(security));
            assertThat(items).filteredOn(i -> i.title().startsWith("Cryptomonnaies")).singleElement()
                    .satisfies(i -> assertThat(i.topics()).as("excluded word").isEmpty());
            assertThatThrownBy(() -> watch.follow(new FollowFeed(STAFF, "Encore", URI.create("https://news.example.org/rss"))))
                    .isInstanceOf(TechWatchRefusedException.class);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldCurateALetterThenDeliverItToSubscribersOnceTheMailServerTookIt(TestDatabase database) {
        Databases.assumeReachable(database);
        try (FiliereContainer filiere = FiliereContainer.start(database, RecordingLetterMailer.class)) {
            TechWatchService watch = filiere.get(TechWatchService.class);
            TechFeedId feed = watch.follow(new FollowFeed(STAFF, "Actualités", URI.create("https://news.example.org/rss")));
            List<TechItemId> items = watch.receive(feed, theFeed()).reading().created();
            SubscriberService subscribers = filiere.get(SubscriberService.class);
            subscribers.subscribe(STAFF, "Marie Curie", "marie@alpes.example.org");
            subscribers.subscribe(STAFF, "Louis Néel", "Louis@Grenoble.example.org");
            subscribers.subscribe(STAFF, "Ancienne abonnée", "partie@example.org");
            subscribers.unsubscribe("partie@example.org");
            TechLetterService letters = filiere.get(TechLetterService.class);
            WatchWeek week = WatchWeek.of(LocalDate.now(CoreProducers.ASSOCIATION_ZONE));
            TechLetterId letter = letters.draft(new DraftLetter(STAFF, "La lettre techno", week));
            letters.pick(new PickItem(STAFF, letter, items.get(0), "À lire"));
            letters.pick(new PickItem(STAFF, letter, items.get(1), ""));
            letters.pick(new PickItem(STAFF, letter, items.get(2), ""));
            letters.move(new MoveItem(STAFF, letter, items.get(2), 1));
            letters.comment(new CommentItem(STAFF, letter, items.get(1), "Mettez à jour vos serveurs"));

            int deliveries = letters.publish(new PublishLetter(STAFF, letter));

            assertThat(deliveries).isEqualTo(2);
            TechLetter published = letters.letter(letter).orElseThrow();
            assertThat(published.entries()).extracting(e -> e.itemId()).containsExactly(items.get(2), items.get(0),
                    items.get(1));
            assertThat(published.entries().get(2).comment()).isEqualTo("Mettez à jour vos serveurs");
            assertThat(letters.archive()).extracting(TechLetter::id).containsExactly(letter);
            assertThatThrownBy(() -> letters.pick(new PickItem(STAFF, letter, items.get(3), "")))
                    .isInstanceOf(TechWatchRefusedException.class).hasMessageContaining("published");
            RecordingLetterMailer mailer = filiere.get(RecordingLetterMailer.class);
            assertThat(mailer.sent()).as("nothing leaves before the dispatch runs").isEmpty();

            mailer.refuse(false);
            LetterDispatch.Report failed = filiere.get(LetterDispatch.class).sendPending();
            assertThat(failed.sent()).isEmpty();
            assertThat(letters.deliveries(letter)).allSatisfy(d -> {
                assertThat(d.status()).isEqualTo(LetterDelivery.Status.PENDING);
                assertThat(d.attempts()).isEqualTo(1);
                assertThat(d.lastError()).hasValueSatisfying(e -> assertThat(e).contains("mail server unavailable"));
            });

            mailer.refuse(null);
            LetterDispatch.Report sent = filiere.get(LetterDispatch.class).sendPending();
            assertThat(sent.sent()).hasSize(2);
            assertThat(mailer.sent()).extracting(RecordingLetterMailer.Sent::to)
                    .containsExactlyInAnyOrder("marie@alpes.example.org", "louis@grenoble.example.org");
            assertThat(mailer.sent().get(0).items()).extracting(i -> i.item().id()).containsExactly(items.get(2),
                    items.get(0), items.get(1));
            assertThat(filiere.get(LetterDispatch.class).sendPending().sent()).as("sent once").isEmpty();
            assertThat(letters.deliveries(letter)).allSatisfy(d -> assertThat(d.sentAt()).isPresent());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldGiveUpADeliveryTheMailServerRefusedForGood(TestDatabase database) {
        Databases.assumeReachable(database);
        try (FiliereContainer filiere = FiliereContainer.start(database, RecordingLetterMailer.class)) {
            TechWatchService watch = filiere.get(TechWatchService.class);
            TechFeedId feed = watch.follow(new FollowFeed(STAFF, "Actualités", URI.create("https://news.example.org/rss")));
            TechItemId item = watch.receive(feed, theFeed()).reading().created().get(0);
            filiere.get(SubscriberService.class).subscribe(STAFF, "Marie Curie", "marie@alpes.example.org");
            TechLetterService letters = filiere.get(TechLetterService.class);
            TechLetterId letter = letters.draft(new DraftLetter(STAFF, "Lettre", WatchWeek.of(LocalDate.of(2026, 11, 30))));
            letters.pick(new PickItem(STAFF, letter, item, ""));
            letters.publish(new PublishLetter(STAFF, letter));
            filiere.get(RecordingLetterMailer.class).refuse(true);

            filiere.get(LetterDispatch.class).sendPending();

            assertThat(letters.deliveries(letter)).singleElement().satisfies(d -> {
                assertThat(d.status()).isEqualTo(LetterDelivery.Status.FAILED);
                assertThat(d.lastError()).hasValueSatisfying(e -> assertThat(e).contains("550"));
            });
            filiere.get(RecordingLetterMailer.class).refuse(null);
            assertThat(filiere.get(LetterDispatch.class).sendPending().sent()).as("never tried again").isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldExportThenEraseASubscriberWithTheirDeliveries(TestDatabase database) {
        Databases.assumeReachable(database);
        try (FiliereContainer filiere = FiliereContainer.start(database, RecordingLetterMailer.class)) {
            TechWatchService watch = filiere.get(TechWatchService.class);
            TechFeedId feed = watch.follow(new FollowFeed(STAFF, "Actualités", URI.create("https://news.example.org/rss")));
            TechItemId item = watch.receive(feed, theFeed()).reading().created().get(0);
            SubscriberService subscribers = filiere.get(SubscriberService.class);
            var id = subscribers.subscribe(STAFF, "Marie Curie", "marie@alpes.example.org");
            TechLetterService letters = filiere.get(TechLetterService.class);
            TechLetterId letter = letters.draft(new DraftLetter(STAFF, "Lettre", WatchWeek.of(LocalDate.of(2026, 11, 30))));
            letters.pick(new PickItem(STAFF, letter, item, ""));
            letters.publish(new PublishLetter(STAFF, letter));

            var export = subscribers.export(STAFF, "MARIE@alpes.example.org");
            assertThat(export.subscriber()).hasValueSatisfying(s -> {
                assertThat(s.name()).isEqualTo("Marie Curie");
                assertThat(s.consentedAt()).isNotNull();
            });

            subscribers.erase(STAFF, id);

            assertThat(subscribers.export(STAFF, "marie@alpes.example.org").subscriber()).isEmpty();
            assertThat(filiere.get(ConsentService.class).history(STAFF, "marie@alpes.example.org")).isEmpty();
            assertThat(filiere.get(ConsentService.class).counts(STAFF, ConsentPurpose.TECH_LETTER).given())
                    .isEqualTo(1);
            assertThat(letters.deliveries(letter)).isEmpty();
            assertThat(filiere.get(LetterDispatch.class).sendPending().sent()).isEmpty();
        }
    }
}
