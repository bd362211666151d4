package org.filiere.techwatch.application;

import static org.filiere.access.AccessPolicy.requireStaff;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.filiere.access.Actor;
import org.filiere.access.application.BindsCurrentActor;
import org.filiere.kernel.NotFoundException;
import org.filiere.privacy.ConsentMeans;
import org.filiere.privacy.ConsentPurpose;
import org.filiere.privacy.PersonalDataKind;
import org.filiere.privacy.application.ConsentService;
import org.filiere.privacy.application.ReadsPersonalData;
import org.filiere.techwatch.LetterDeliveries;
import org.filiere.techwatch.LetterSubscriber;
import org.filiere.techwatch.LetterSubscriberId;
import org.filiere.techwatch.LetterSubscribers;

/**
 * The technology letter's subscribers: their consent recorded with its date, unsubscribing at any time, and their
 * personal data exported or erased on request.
 */
@ApplicationScoped
@BindsCurrentActor
@Transactional
public class SubscriberService {

    private final LetterSubscribers subscribers;
    private final LetterDeliveries deliveries;
    private final ConsentService consents;
    private final Clock clock;

    @Inject
    public SubscriberService(LetterSubscribers subscribers, LetterDeliveries deliveries, ConsentService consents,
            Clock clock) {
        this.subscribers = subscribers;
        this.deliveries = deliveries;
        this.consents = consents;
        this.clock = clock;
    }

    /** For the CDI container's proxies. */
    protected SubscriberService() {
        this(null, null, null, null);
    }

    /**
     * Staff record that a person subscribed (their consent, dated now). A person who had unsubscribed is
     * subscribed again; one already subscribed stays as they were. The consent is recorded as given to staff, without
     * saying how.
     */
    public LetterSubscriberId subscribe(Actor actor, String name, String email) {
        return subscribe(actor, name, email, ConsentMeans.RECORDED_BY_STAFF);
    }

    /**
     * Staff record that a person subscribed, and how they gave their consent (dated now). A person who had
     * unsubscribed is subscribed again; one already subscribed stays as they were.
     */
    public LetterSubscriberId subscribe(Actor actor, String name, String email, ConsentMeans means) {
        requireStaff(actor, "record a subscription to the technology letter");
        LetterSubscriber candidate = LetterSubscriber.subscribe(name, email, clock);
        consents.give(actor, ConsentPurpose.TECH_LETTER, candidate.email(), means);
        Optional<LetterSubscriber> known = subscribers.withEmail(candidate.email());
        if (known.isPresent()) {
            if (!known.get().isSubscribed()) {
                subscribers.save(known.get().resubscribed(name, clock));
            }
            return known.get().id();
        }
        subscribers.save(candidate);
        return candidate.id();
    }

    /**
     * The person with this address unsubscribes; anyone holding the address may do so, at any time.
     *
     * @return whether they were subscribed
     */
    public boolean unsubscribe(String email) {
        requireStaff("unsubscribe a reader");
        Optional<LetterSubscriber> known = subscribers.withEmail(email == null ? "" : email.strip())
                .filter(LetterSubscriber::isSubscribed);
        known.ifPresent(s -> subscribers.save(s.unsubscribed(clock)));
        known.ifPresent(s -> consents.unsubscribe(ConsentPurpose.TECH_LETTER, s.email()));
        return known.isPresent();
    }

    /**
     * Everything held about a subscriber, for a request to see one's data.
     *
     * @param subscriber the subscriber as held, if they are known
     * @param exportedAt when the export was made
     */
    public record Export(Optional<LetterSubscriber> subscriber, Instant exportedAt) {
    }

    /** Everything held about the subscriber with this address; staff only. */
    @ReadsPersonalData(PersonalDataKind.LETTER_SUBSCRIBERS)
    public Export export(Actor actor, String email) {
        requireStaff(actor, "export a subscriber's personal data");
        return new Export(subscribers.withEmail(email == null ? "" : email.strip()), clock.instant());
    }

    /**
     * Erases a subscriber and their deliveries for good, on request, and anonymises the history of their consents;
     * staff only.
     */
    public void erase(Actor actor, LetterSubscriberId id) {
        requireStaff(actor, "erase a subscriber's personal data");
        LetterSubscriber subscriber = subscribers.find(id).orElseThrow(() -> new NotFoundException("subscriber " + id));
        deliveries.eraseOf(id);
        subscribers.erase(id);
        consents.anonymise(actor, subscriber.email());
    }

    /** How many people the letter goes to. */
    public int subscribedCount() {
        requireStaff("count the letter's subscribers");
        return subscribers.subscribed().size();
    }
}
