package org.filiere.techwatch.application;

import static org.filiere.access.AccessPolicy.requireStaff;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.filiere.access.PublicRead;
import org.filiere.access.application.BindsCurrentActor;
import org.filiere.kernel.DomainEvents;
import org.filiere.kernel.NotFoundException;
import org.filiere.techwatch.LetterDeliveries;
import org.filiere.techwatch.LetterDelivery;
import org.filiere.techwatch.LetterDeliveryId;
import org.filiere.techwatch.LetterItem;
import org.filiere.techwatch.LetterMailer;
import org.filiere.techwatch.LetterNotSentException;
import org.filiere.techwatch.LetterSubscriber;
import org.filiere.techwatch.LetterSubscribers;
import org.filiere.techwatch.TechItem;
import org.filiere.techwatch.TechItemId;
import org.filiere.techwatch.TechItems;
import org.filiere.techwatch.TechLetter;
import org.filiere.techwatch.TechLetterId;
import org.filiere.techwatch.TechLetterPublished;
import org.filiere.techwatch.TechLetters;
import org.filiere.techwatch.application.TechWatchCommands.CommentItem;
import org.filiere.techwatch.application.TechWatchCommands.DraftLetter;
import org.filiere.techwatch.application.TechWatchCommands.DropItem;
import org.filiere.techwatch.application.TechWatchCommands.MoveItem;
import org.filiere.techwatch.application.TechWatchCommands.PickItem;
import org.filiere.techwatch.application.TechWatchCommands.PublishLetter;

/**
 * The weekly technology letter: curated by staff, published, and delivered. Publishing stores one delivery per
 * subscriber in the same transaction (an outbox); the mails go out afterwards, one delivery at a time
 * ({@link #deliver}), each recorded as sent only once the mail server took it.
 */
@ApplicationScoped
@BindsCurrentActor
@Transactional
public class TechLetterService {

    private final TechLetters letters;
    private final TechItems items;
    private final LetterSubscribers subscribers;
    private final LetterDeliveries deliveries;
    private final Supplier<LetterMailer> mailer;
    private final DomainEvents events;
    private final Clock clock;

    /** The service with its mailer given directly. */
    public TechLetterService(TechLetters letters, TechItems items, LetterSubscribers subscribers,
            LetterDeliveries deliveries, LetterMailer mailer, DomainEvents events, Clock clock) {
        this(letters, items, subscribers, deliveries, () -> mailer, events, clock);
    }

    /**
     * The service in a CDI container; the mailer comes from filiere-feeds and is looked up when a letter is first
     * delivered, so that an application without it still starts.
     */
    @Inject
    public TechLetterService(TechLetters letters, TechItems items, LetterSubscribers subscribers,
            LetterDeliveries deliveries, Instance<LetterMailer> mailer, DomainEvents events, Clock clock) {
        this(letters, items, subscribers, deliveries, () -> {
            if (mailer.isUnsatisfied()) {
                throw new IllegalStateException(
                        "No letter mailer (LetterMailer) is installed: put filiere-feeds on the classpath");
            }
            return mailer.get();
        }, events, clock);
    }

    private TechLetterService(TechLetters letters, TechItems items, LetterSubscribers subscribers,
            LetterDeliveries deliveries, Supplier<LetterMailer> mailer, DomainEvents events, Clock clock) {
        this.letters = letters;
        this.items = items;
        this.subscribers = subscribers;
        this.deliveries = deliveries;
        this.mailer = mailer;
        this.events = events;
        this.clock = clock;
    }

    /** For the CDI container's proxies. */
    protected TechLetterService() {
        this(null, null, null, null, (Supplier<LetterMailer>) null, null, null);
    }

    /** Starts the letter of a week. */
    public TechLetterId draft(DraftLetter c) {
        requireStaff(c.actor(), "draft a technology letter");
        TechLetter letter = TechLetter.draft(c.title(), c.week());
        letters.save(letter);
        return letter.id();
    }

    /**
     * Picks an item for a letter, at its end.
     *
     * @throws org.filiere.techwatch.TechWatchRefusedException if the letter is published or has the item already
     * @throws NotFoundException if the item or the letter is not known
     */
    public void pick(PickItem c) {
        requireStaff(c.actor(), "pick an item for the technology letter");
        items.find(c.itemId()).orElseThrow(() -> new NotFoundException("news item " + c.itemId()));
        change(c.letterId(), letter -> letter.add(c.itemId(), c.comment()));
    }

    /** Changes the comment of an item of a letter. */
    public void comment(CommentItem c) {
        requireStaff(c.actor(), "comment an item of the technology letter");
        change(c.letterId(), letter -> letter.comment(c.itemId(), c.comment()));
    }

    /** Moves an item of a letter to a place (counted from 1). */
    public void move(MoveItem c) {
        requireStaff(c.actor(), "reorder the technology letter");
        change(c.letterId(), letter -> letter.move(c.itemId(), c.place()));
    }

    /** Takes an item out of a letter. */
    public void drop(DropItem c) {
        requireStaff(c.actor(), "remove an item from the technology letter");
        change(c.letterId(), letter -> letter.remove(c.itemId()));
    }

    private void change(TechLetterId id, Consumer<TechLetter> change) {
        TechLetter letter = letters.find(id).orElseThrow(() -> new NotFoundException("technology letter " + id));
        change.accept(letter);
        letters.save(letter);
    }

    /**
     * Publishes a letter: it is kept unchanged in the archive, and a delivery to each subscriber is stored with
     * the publication, to be sent once it is committed.
     *
     * @return how many deliveries were stored
     */
    public int publish(PublishLetter c) {
        requireStaff(c.actor(), "publish the technology letter");
        TechLetter letter = letters.find(c.letterId())
                .orElseThrow(() -> new NotFoundException("technology letter " + c.letterId()));
        TechLetterPublished published = letter.publish(clock);
        letters.save(letter);
        List<LetterDelivery> toSend = subscribers.subscribed().stream()
                .map(s -> LetterDelivery.of(letter.id(), s.id(), clock)).toList();
        deliveries.addAll(toSend);
        events.publish(published);
        return toSend.size();
    }

    public Optional<TechLetter> letter(TechLetterId id) {
        requireStaff("look up a technology letter");
        return letters.find(id);
    }

    /** A letter's items as it shows them, in order, with the comments. */
    public List<LetterItem> itemsOf(TechLetter letter) {
        requireStaff("see a letter's items");
        Map<TechItemId, TechItem> byId = items.find(letter.entries().stream().map(e -> e.itemId()).toList()).stream()
                .collect(Collectors.toMap(TechItem::id, Function.identity()));
        return letter.entries().stream().filter(e -> byId.containsKey(e.itemId()))
                .map(e -> new LetterItem(byId.get(e.itemId()), e.comment())).toList();
    }

    /** The archive: published letters, the latest first. */
    @PublicRead
    public List<TechLetter> archive() {
        return letters.published();
    }

    /** The letters not published yet. */
    public List<TechLetter> drafts() {
        requireStaff("see draft letters");
        return letters.drafts();
    }

    /** A letter's deliveries. */
    public List<LetterDelivery> deliveries(TechLetterId letterId) {
        requireStaff("see a letter's deliveries");
        return deliveries.of(letterId);
    }

    /** The deliveries still to send, oldest first. */
    public List<LetterDelivery> pendingDeliveries(int limit) {
        requireStaff("see pending letter deliveries");
        return deliveries.pending(limit);
    }

    /**
     * Sends one delivery, holding it so that no other node sends it at the same time. It is recorded as sent only
     * once the mail server took it; a failure is recorded with its reason, and a transient one is tried again by a
     * later dispatch. A delivery to someone who unsubscribed meanwhile is given up.
     */
    public LetterDelivery.Status deliver(LetterDeliveryId id) {
        requireStaff("deliver a technology letter");
        LetterDelivery delivery = deliveries.claim(id).orElseThrow(() -> new NotFoundException("letter delivery " + id));
        if (delivery.status() != LetterDelivery.Status.PENDING) {
            return delivery.status();
        }
        Optional<LetterSubscriber> subscriber = subscribers.find(delivery.subscriberId())
                .filter(LetterSubscriber::isSubscribed);
        if (subscriber.isEmpty()) {
            deliveries.save(delivery.failed("the subscriber unsubscribed before it was sent", true));
            return LetterDelivery.Status.FAILED;
        }
        TechLetter letter = letters.find(delivery.letterId())
                .orElseThrow(() -> new NotFoundException("technology letter " + delivery.letterId()));
        LetterDelivery outcome;
        try {
            mailer.get().send(letter, itemsOf(letter), subscriber.get());
            outcome = delivery.sent(clock);
        } catch (LetterNotSentException e) {
            outcome = delivery.failed(e.getMessage(), e.isPermanent());
        }
        deliveries.save(outcome);
        return outcome.status();
    }
}
