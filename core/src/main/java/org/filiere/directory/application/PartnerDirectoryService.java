package org.filiere.directory.application;

import static org.filiere.access.AccessPolicy.requireStaff;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.filiere.access.Actor;
import org.filiere.access.PublicRead;
import org.filiere.access.application.BindsCurrentActor;
import org.filiere.directory.PartnerDataRefreshed;
import org.filiere.directory.PartnerEvent;
import org.filiere.directory.PartnerEventDetails;
import org.filiere.directory.PartnerEvents;
import org.filiere.directory.PartnerListing;
import org.filiere.directory.PartnerListingDetails;
import org.filiere.directory.PartnerListings;
import org.filiere.directory.PartnerPeople;
import org.filiere.directory.PartnerPerson;
import org.filiere.directory.PartnerPersonDetails;
import org.filiere.directory.PartnerPersonId;
import org.filiere.directory.PartnerQuery;
import org.filiere.directory.PartnerSearch;
import org.filiere.directory.PartnerSource;
import org.filiere.directory.application.DirectoryCommands.Incoming;
import org.filiere.directory.application.DirectoryCommands.ReceivePartnerData;
import org.filiere.kernel.DomainEvents;
import org.filiere.kernel.NotFoundException;
import org.filiere.privacy.PersonalDataKind;
import org.filiere.privacy.application.ReadsPersonalData;

/**
 * Partners' directories, events and contact cards taken in as partner data: a file is stored whole in one
 * transaction (so nothing of it is half-stored), each record found again by its source and the partner's own id,
 * so that reading a file again refreshes what changed and duplicates nothing. Members search the listings; staff
 * export and erase the people on request.
 */
@ApplicationScoped
@BindsCurrentActor
@Transactional
public class PartnerDirectoryService {

    private final PartnerListings listings;
    private final PartnerEvents partnerEvents;
    private final PartnerPeople people;
    private final Supplier<PartnerSearch> search;
    private final DomainEvents events;
    private final Clock clock;

    /** The service with its search engine given directly. */
    public PartnerDirectoryService(PartnerListings listings, PartnerEvents partnerEvents, PartnerPeople people,
            PartnerSearch search, DomainEvents events, Clock clock) {
        this(listings, partnerEvents, people, () -> search, events, clock);
    }

    /**
     * The service in a CDI container. The search engine comes from filiere-matching, looked up when first needed so
     * that an application without it still starts.
     */
    @Inject
    public PartnerDirectoryService(PartnerListings listings, PartnerEvents partnerEvents, PartnerPeople people,
            Instance<PartnerSearch> search, DomainEvents events, Clock clock) {
        this(listings, partnerEvents, people, () -> {
            if (search.isUnsatisfied()) {
                throw new IllegalStateException(
                        "No partner search engine (PartnerSearch) is installed: put filiere-matching on the classpath");
            }
            return search.get();
        }, events, clock);
    }

    private PartnerDirectoryService(PartnerListings listings, PartnerEvents partnerEvents, PartnerPeople people,
            Supplier<PartnerSearch> search, DomainEvents events, Clock clock) {
        this.listings = listings;
        this.partnerEvents = partnerEvents;
        this.people = people;
        this.search = search;
        this.events = events;
        this.clock = clock;
    }

    /** For the CDI container's proxies. */
    protected PartnerDirectoryService() {
        this(null, null, null, (Supplier<PartnerSearch>) null, null, null);
    }

    /**
     * Stores what was read in one partner file: new records are added, known ones (same source and id) refreshed
     * when they changed. A record given twice in the file counts once, as its last reading says.
     */
    public PartnerImportReport receive(ReceivePartnerData data) {
        requireStaff("receive partners' data");
        int[] counts = new int[3];
        for (Incoming<PartnerListingDetails> in : lastOfEach(data.listings())) {
            Optional<PartnerListing> known = listings.find(data.source(), in.externalId());
            if (known.isEmpty()) {
                listings.save(PartnerListing.first(data.source(), in.externalId(), in.details(), clock));
                counts[0]++;
            } else if (!known.get().details().equals(in.details())) {
                listings.save(known.get().refreshed(in.details(), clock));
                counts[1]++;
            } else {
                counts[2]++;
            }
        }
        for (Incoming<PartnerEventDetails> in : lastOfEach(data.events())) {
            Optional<PartnerEvent> known = partnerEvents.find(data.source(), in.externalId());
            if (known.isEmpty()) {
                partnerEvents.save(PartnerEvent.first(data.source(), in.externalId(), in.details(), clock));
                counts[0]++;
            } else if (!known.get().details().equals(in.details())) {
                partnerEvents.save(known.get().refreshed(in.details(), clock));
                counts[1]++;
            } else {
                counts[2]++;
            }
        }
        for (Incoming<PartnerPersonDetails> in : lastOfEach(data.people())) {
            Optional<PartnerPerson> known = people.find(data.source(), in.externalId());
            if (known.isEmpty()) {
                people.save(PartnerPerson.first(data.source(), in.externalId(), in.details(), clock));
                counts[0]++;
            } else if (!known.get().details().equals(in.details())) {
                people.save(known.get().refreshed(in.details(), clock));
                counts[1]++;
            } else {
                counts[2]++;
            }
        }
        events.publish(new PartnerDataRefreshed(UUID.randomUUID(), clock.instant(), data.source(), data.origin(),
                counts[0], counts[1], counts[2]));
        return new PartnerImportReport(data.source(), data.origin(), counts[0], counts[1], counts[2]);
    }

    private static <D> List<Incoming<D>> lastOfEach(List<Incoming<D>> records) {
        Map<String, Incoming<D>> last = new LinkedHashMap<>();
        records.forEach(r -> last.put(r.externalId(), r));
        return List.copyOf(last.values());
    }

    /**
     * Partners' listings in the sector and place asked for, ranked by how well what they offer answers the words
     * (French analysis), at most {@code query.limit()}.
     */
    @PublicRead
    public List<PartnerListing> search(PartnerQuery query) {
        List<PartnerListing> candidates = listings.all().stream().filter(query::admits).toList();
        List<PartnerListing> ranked = search.get().rank(query, candidates);
        return ranked.size() > query.limit() ? ranked.subList(0, query.limit()) : ranked;
    }

    /** The partners' events not over yet, soonest first. */
    @PublicRead
    public List<PartnerEvent> upcomingEvents() {
        return partnerEvents.from(clock.instant());
    }

    /** How many listings and events a source gave. */
    public long count(PartnerSource source) {
        requireStaff("count partners' records");
        return listings.count(source) + partnerEvents.count(source);
    }

    /** The people of a partner source, by name; staff only. */
    @ReadsPersonalData(PersonalDataKind.PARTNER_PEOPLE)
    public List<PartnerPerson> people(Actor actor, PartnerSource source) {
        requireStaff(actor, "see partners' contact persons");
        return people.of(source);
    }

    /** Everything held about the person with this e-mail address, for a request to see one's data; staff only. */
    @ReadsPersonalData(PersonalDataKind.PARTNER_PEOPLE)
    public PartnerPersonalDataExport export(Actor actor, String email) {
        requireStaff(actor, "export a partner contact's personal data");
        return new PartnerPersonalDataExport(email, clock.instant(), people.withEmail(email));
    }

    /** Erases a person from partners' contact cards for good, on request; staff only. */
    public void erase(Actor actor, PartnerPersonId id) {
        requireStaff(actor, "erase a partner contact's personal data");
        if (!people.erase(id)) {
            throw new NotFoundException("partner contact " + id);
        }
    }
}
