package org.filiere.demo.techwatch;

import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.filiere.demo.DemoCluster;
import org.filiere.demo.DemoData;
import org.filiere.demo.TourStep;
import org.filiere.demo.directory.DemoResources;
import org.filiere.integration.feeds.FeedImport;
import org.filiere.integration.feeds.FeedRoutes;
import org.filiere.member.MemberQuery;
import org.filiere.member.MembershipStatus;
import org.filiere.member.application.MemberDirectory;
import org.filiere.member.application.MemberView;
import org.filiere.techwatch.LetterDelivery;
import org.filiere.techwatch.TechFeedId;
import org.filiere.techwatch.TechItem;
import org.filiere.techwatch.TechLetter;
import org.filiere.techwatch.TechLetterId;
import org.filiere.techwatch.WatchTopic;
import org.filiere.techwatch.WatchTopicId;
import org.filiere.techwatch.application.SubscriberService;
import org.filiere.techwatch.application.TechLetterService;
import org.filiere.techwatch.application.TechWatchCommands.DefineTopic;
import org.filiere.techwatch.application.TechWatchCommands.DraftLetter;
import org.filiere.techwatch.application.TechWatchCommands.FollowFeed;
import org.filiere.techwatch.application.TechWatchCommands.MoveItem;
import org.filiere.techwatch.application.TechWatchCommands.PickItem;
import org.filiere.techwatch.application.TechWatchCommands.PublishLetter;
import org.filiere.techwatch.application.TechWatchService;
import org.filiere.watch.WatchWeek;

/**
 * The technology watch: two real French feeds (bundled, as they were published in 2013: Latin-1, entities escaped
 * twice) read through the feeds' Camel route, three watch topics, 25 subscribers, and the week's letter curated
 * from the items and published; its deliveries wait for a mail server ({@code tech-watch send --smtp ...}).
 */
public class TechWatchTour implements TourStep {

    /** The title of the demo's letters. */
    public static final String LETTER = "La lettre techno de Numérique Isère";

    private record Feed(String name, String url, String file) {
    }

    private static final List<Feed> FEEDS = List.of(
            new Feed("Univers Freebox", "https://www.universfreebox.com/backend.php", "techwatch/univers_freebox.xml"),
            new Feed("PC INpact", "https://www.pcinpact.com/rss/news.xml", "techwatch/pcinpact.xml"));

    @Override
    public boolean isLoaded(DemoCluster cluster) {
        return !cluster.get(TechWatchService.class).feeds().isEmpty();
    }

    @Override
    public void populate(DemoCluster cluster, DemoData data) {
        TechWatchService watch = cluster.get(TechWatchService.class);
        List<WatchTopicId> topics = List.of(
                watch.defineTopic(new DefineTopic(cluster.actor(), "Télécoms et réseaux",
                        "Free, Freebox, fibre, opérateur, 4G, ADSL")),
                watch.defineTopic(new DefineTopic(cluster.actor(), "Sécurité et vie privée",
                        "sécurité, vie privée, piratage, faille, DCRI, CNIL, HADOPI")),
                watch.defineTopic(new DefineTopic(cluster.actor(), "Intelligence artificielle et robotique",
                        "intelligence artificielle, robot, assistant personnel, Siri")));
        for (Feed feed : FEEDS) {
            TechFeedId id = watch.follow(new FollowFeed(cluster.actor(), feed.name(), URI.create(feed.url())));
            readDocument(cluster, id, DemoResources.bytes(feed.file()));
        }
        SubscriberService subscribers = cluster.get(SubscriberService.class);
        List<MemberView> active = cluster.get(MemberDirectory.class)
                .find(MemberQuery.all().inYear(cluster.currentYear()).withStatus(MembershipStatus.ACTIVE));
        for (MemberView member : active.subList(0, Math.min(25, active.size()))) {
            subscribers.subscribe(cluster.actor(), "Veille " + member.name(), "techno@" + member.id().value()
                    + ".example.org");
        }
        curate(cluster, topics);
    }

    /** Hands a feed's document to the feeds' route, as a poll would. */
    public static void readDocument(DemoCluster cluster, TechFeedId feed, byte[] document) {
        Exchange result = cluster.get(ProducerTemplate.class).send(FeedRoutes.DOCUMENT, exchange -> {
            exchange.getIn().setHeader(FeedImport.FEED_ID, feed.toString());
            exchange.getIn().setBody(document);
        });
        if (result.getException() != null) {
            throw new IllegalStateException("The feed could not be read: " + result.getException().getMessage(),
                    result.getException());
        }
    }

    private static void curate(DemoCluster cluster, List<WatchTopicId> topics) {
        TechWatchService watch = cluster.get(TechWatchService.class);
        TechLetterService letters = cluster.get(TechLetterService.class);
        List<TechItem> items = new ArrayList<>(watch.recentItems(Duration.ofDays(7)));
        items.sort(Comparator.comparing(TechItem::date).reversed().thenComparing(TechItem::title));
        TechLetterId letter = letters.draft(new DraftLetter(cluster.actor(), LETTER, WatchWeek.of(cluster.today())));
        List<String> comments = List.of("À suivre pour les opérateurs de nos zones d'activité.",
                "Un rappel utile avant la prochaine revue de sécurité.", "Une piste pour les éditeurs du cluster.");
        List<TechItem> picked = new ArrayList<>();
        for (int t = 0; t < topics.size(); t++) {
            WatchTopicId topic = topics.get(t);
            items.stream().filter(i -> i.topics().contains(topic)).filter(i -> !picked.contains(i)).limit(t == 0 ? 2 : 1)
                    .forEach(picked::add);
        }
        for (int i = 0; i < picked.size(); i++) {
            letters.pick(new PickItem(cluster.actor(), letter, picked.get(i).id(),
                    i < comments.size() ? comments.get(i) : ""));
        }
        if (picked.size() > 1) {
            letters.move(new MoveItem(cluster.actor(), letter, picked.get(picked.size() - 1).id(), 1));
        }
        letters.publish(new PublishLetter(cluster.actor(), letter));
    }

    @Override
    public void report(DemoCluster cluster, PrintStream out) {
        TechWatchService watch = cluster.get(TechWatchService.class);
        List<TechItem> items = watch.recentItems(Duration.ofDays(3650));
        Map<WatchTopicId, Long> byTopic = items.stream().flatMap(i -> i.topics().stream())
                .collect(Collectors.groupingBy(t -> t, Collectors.counting()));
        out.printf("Technology watch: %d feeds, %d items kept once each, %d subscribers%n", watch.feeds().size(),
                items.size(), cluster.get(SubscriberService.class).subscribedCount());
        for (WatchTopic topic : watch.topics()) {
            out.printf("  %-40s %3d items%n", topic.name(), byTopic.getOrDefault(topic.id(), 0L));
        }
        TechLetterService letters = cluster.get(TechLetterService.class);
        for (TechLetter letter : letters.archive()) {
            List<LetterDelivery> deliveries = letters.deliveries(letter.id());
            long sent = deliveries.stream().filter(d -> d.status() == LetterDelivery.Status.SENT).count();
            out.printf("  letter %s of %s: %d items, %d deliveries sent, %d waiting for the mail server%n",
                    letter.title(), letter.week(), letter.entries().size(), sent, deliveries.size() - sent);
        }
    }
}
