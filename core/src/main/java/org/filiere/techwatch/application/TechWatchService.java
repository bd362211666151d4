package org.filiere.techwatch.application;

import static org.filiere.access.AccessPolicy.requireStaff;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.filiere.access.Actor;
import org.filiere.access.application.BindsCurrentActor;
import org.filiere.kernel.BusinessRefusal;
import org.filiere.kernel.DomainEvents;
import org.filiere.kernel.NotFoundException;
import org.filiere.techwatch.FeedItem;
import org.filiere.techwatch.ItemKeyPolicy;
import org.filiere.techwatch.TechFeed;
import org.filiere.techwatch.TechFeedId;
import org.filiere.techwatch.TechFeedRead;
import org.filiere.techwatch.TechFeeds;
import org.filiere.techwatch.TechItem;
import org.filiere.techwatch.TechItemId;
import org.filiere.techwatch.TechItems;
import org.filiere.techwatch.TechWatchRefusedException;
import org.filiere.techwatch.TopicClassifier;
import org.filiere.techwatch.TopicQuery;
import org.filiere.techwatch.WatchTopic;
import org.filiere.techwatch.WatchTopicId;
import org.filiere.techwatch.WatchTopics;
import org.filiere.techwatch.application.TechWatchCommands.DefineTopic;
import org.filiere.techwatch.application.TechWatchCommands.FollowFeed;

/**
 * The feeds the association follows, the watch topics, and the items read from the feeds: each item kept once (by
 * its guid, else its link) and put in the topics it falls into when it is first read.
 */
@ApplicationScoped
@BindsCurrentActor
@Transactional
public class TechWatchService {

    private final TechFeeds feeds;
    private final TechItems items;
    private final WatchTopics topics;
    private final Supplier<TopicClassifier> classifier;
    private final DomainEvents events;
    private final Clock clock;

    /** The service with its classifier given directly. */
    public TechWatchService(TechFeeds feeds, TechItems items, WatchTopics topics, TopicClassifier classifier,
            DomainEvents events, Clock clock) {
        this(feeds, items, topics, () -> classifier, events, clock);
    }

    /**
     * The service in a CDI container; the classifier comes from filiere-matching and is looked up when first
     * needed, so that an application without it still starts.
     */
    @Inject
    public TechWatchService(TechFeeds feeds, TechItems items, WatchTopics topics, Instance<TopicClassifier> classifier,
            DomainEvents events, Clock clock) {
        this(feeds, items, topics, () -> {
            if (classifier.isUnsatisfied()) {
                throw new IllegalStateException(
                        "No topic classifier (TopicClassifier) is installed: put filiere-matching on the classpath");
            }
            return classifier.get();
        }, events, clock);
    }

    private TechWatchService(TechFeeds feeds, TechItems items, WatchTopics topics,
            Supplier<TopicClassifier> classifier, DomainEvents events, Clock clock) {
        this.feeds = feeds;
        this.items = items;
        this.topics = topics;
        this.classifier = classifier;
        this.events = events;
        this.clock = clock;
    }

    /** For the CDI container's proxies. */
    protected TechWatchService() {
        this(null, null, null, (Supplier<TopicClassifier>) null, null, null);
    }

    /**
     * Follows a feed.
     *
     * @throws TechWatchRefusedException if a feed at that address is followed already
     */
    public TechFeedId follow(FollowFeed c) {
        requireStaff(c.actor(), "follow a news feed");
        TechFeed feed = new TechFeed(TechFeedId.random(), c.name(), c.url(), true, clock.instant(), 0);
        feeds.find(c.url()).ifPresent(known -> {
            throw new TechWatchRefusedException("The feed at " + c.url() + " is followed already, as \""
                    + known.name() + "\".");
        });
        feeds.save(feed);
        return feed.id();
    }

    /** Stops or resumes reading a feed; its items are kept. */
    public void setActive(Actor actor, TechFeedId feedId, boolean active) {
        requireStaff(actor, "stop or resume a news feed");
        TechFeed feed = feeds.find(feedId).orElseThrow(() -> new NotFoundException("news feed " + feedId));
        feeds.save(feed.withActive(active));
    }

    /** Every feed, by name. */
    public List<TechFeed> feeds() {
        requireStaff("see the news feeds");
        return feeds.all();
    }

    public Optional<TechFeed> feed(TechFeedId id) {
        requireStaff("look up a news feed");
        return feeds.find(id);
    }

    /**
     * Defines a topic, or changes the query of the topic of that name. Items already read keep their topics; the
     * query applies to the items read from now on.
     *
     * @throws org.filiere.kernel.InvalidFieldException if the query names no term
     */
    public WatchTopicId defineTopic(DefineTopic c) {
        requireStaff(c.actor(), "define a watch topic");
        TopicQuery query = TopicQuery.parse(c.query());
        Optional<WatchTopic> known = topics.named(c.name() == null ? "" : c.name().strip());
        WatchTopic topic = known.map(t -> new WatchTopic(t.id(), t.name(), query, t.version()))
                .orElseGet(() -> new WatchTopic(WatchTopicId.random(), c.name(), query, 0));
        topics.save(topic);
        return topic.id();
    }

    /** Every topic, by name. */
    public List<WatchTopic> topics() {
        requireStaff("see the watch topics");
        return topics.all();
    }

    /**
     * Takes in the items a feed gave: those read for the first time are kept and classified; those read before are
     * left as they were; those that cannot be kept (no guid nor link, no title, a text too long) are refused, each
     * with its reason, and the others still go in.
     */
    public Reception receive(TechFeedId feedId, List<FeedItem> given) {
        requireStaff("receive feed items");
        TechFeed feed = feeds.find(feedId).orElseThrow(() -> new NotFoundException("news feed " + feedId));
        List<TechItem> fresh = new ArrayList<>();
        List<Refused> refused = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int known = 0;
        for (FeedItem item : given) {
            try {
                String key = ItemKeyPolicy.keyOf(item);
                if (!seen.add(key) || items.find(feed.id(), key).isPresent()) {
                    known++;
                    continue;
                }
                fresh.add(TechItem.receive(feed.id(), item, clock));
            } catch (BusinessRefusal e) {
                refused.add(new Refused(item, e.getMessage()));
            }
        }
        List<WatchTopic> all = topics.all();
        Map<TechItemId, Set<WatchTopicId>> classes = fresh.isEmpty() || all.isEmpty() ? Map.of()
                : classifier.get().classify(fresh, all);
        for (TechItem item : fresh) {
            items.save(item.inTopics(classes.getOrDefault(item.id(), Set.of())));
        }
        events.publish(new TechFeedRead(UUID.randomUUID(), clock.instant(), feed.id(), fresh.size(), known));
        return new Reception(new FeedReading(feed.id(), fresh.stream().map(TechItem::id).toList(), known), refused);
    }

    /**
     * What receiving a feed's items did.
     *
     * @param reading what was kept
     * @param refused the items refused, with the reason
     */
    public record Reception(FeedReading reading, List<Refused> refused) {

        public Reception {
            refused = List.copyOf(refused);
        }
    }

    /**
     * An item that could not be kept.
     *
     * @param item   the item as the feed gave it
     * @param reason why, naming the item and the field
     */
    public record Refused(FeedItem item, String reason) {
    }

    /** The items read in the last days, newest first, for staff picking the week's letter. */
    public List<TechItem> recentItems(Duration within) {
        requireStaff("see recent feed items");
        return items.readSince(clock.instant().minus(within));
    }

    public Optional<TechItem> item(TechItemId id) {
        requireStaff("look up a feed item");
        return items.find(id);
    }

    /** How many items a feed gave. */
    public long itemCount(TechFeedId feedId) {
        requireStaff("count a feed's items");
        return items.count(feedId);
    }
}
