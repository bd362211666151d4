package org.filiere.press.application;

import static org.filiere.access.AccessPolicy.requireStaff;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.filiere.access.Actor;
import org.filiere.access.application.BindsCurrentActor;
import org.filiere.kernel.NotFoundException;
import org.filiere.press.DistributionList;
import org.filiere.press.DistributionListId;
import org.filiere.press.DistributionLists;
import org.filiere.press.Journalist;
import org.filiere.press.JournalistId;
import org.filiere.press.Journalists;
import org.filiere.press.MediaOutlet;
import org.filiere.press.MediaOutletId;
import org.filiere.press.MediaOutlets;
import org.filiere.press.ReleaseDeliveries;
import org.filiere.press.application.PressCommands.AddJournalist;
import org.filiere.press.application.PressCommands.AddOutlet;
import org.filiere.privacy.PersonalDataKind;
import org.filiere.privacy.application.ReadsPersonalData;

/**
 * Media outlets, their journalists and the distribution lists. Journalists are personal data: staff export and
 * erase them on request, and an erased journalist leaves every list and every pending delivery.
 */
@ApplicationScoped
@BindsCurrentActor
@Transactional
public class MediaService {

    private final MediaOutlets outlets;
    private final Journalists journalists;
    private final DistributionLists lists;
    private final ReleaseDeliveries deliveries;
    private final Clock clock;

    @Inject
    public MediaService(MediaOutlets outlets, Journalists journalists, DistributionLists lists,
            ReleaseDeliveries deliveries, Clock clock) {
        this.outlets = outlets;
        this.journalists = journalists;
        this.lists = lists;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    /** For the CDI container's proxies. */
    protected MediaService() {
        this(null, null, null, null, null);
    }

    public MediaOutletId addOutlet(AddOutlet c) {
        requireStaff(c.actor(), "record a media outlet");
        MediaOutlet outlet = new MediaOutlet(MediaOutletId.random(), c.name(), c.kind(), c.website(), 0);
        outlets.save(outlet);
        return outlet.id();
    }

    /** Every outlet, by name. */
    public List<MediaOutlet> outlets() {
        requireStaff("see the media outlets");
        return outlets.all();
    }

    /** @throws NotFoundException if the outlet is not known */
    public JournalistId addJournalist(AddJournalist c) {
        requireStaff(c.actor(), "record a journalist");
        outlets.find(c.outletId()).orElseThrow(() -> new NotFoundException("media outlet " + c.outletId()));
        Journalist journalist = new Journalist(JournalistId.random(), c.outletId(), c.name(), c.email(), c.phone(),
                c.beat(), 0);
        journalists.save(journalist);
        return journalist.id();
    }

    /** The journalists of an outlet, by name; staff only. */
    @ReadsPersonalData(PersonalDataKind.JOURNALISTS)
    public List<Journalist> journalists(Actor actor, MediaOutletId outletId) {
        requireStaff(actor, "see journalists");
        return journalists.of(outletId);
    }

    public DistributionListId createList(Actor actor, String name) {
        requireStaff(actor, "create a distribution list");
        DistributionList list = new DistributionList(DistributionListId.random(), name, Set.of(), 0);
        lists.save(list);
        return list.id();
    }

    /** Puts a journalist on a list. */
    public void addToList(Actor actor, DistributionListId listId, JournalistId journalistId) {
        requireStaff(actor, "change a distribution list");
        journalists.find(journalistId).orElseThrow(() -> new NotFoundException("journalist " + journalistId));
        DistributionList list = lists.find(listId).orElseThrow(() -> new NotFoundException("distribution list " + listId));
        lists.save(list.with(journalistId));
    }

    /** Takes a journalist off a list. */
    public void removeFromList(Actor actor, DistributionListId listId, JournalistId journalistId) {
        requireStaff(actor, "change a distribution list");
        DistributionList list = lists.find(listId).orElseThrow(() -> new NotFoundException("distribution list " + listId));
        lists.save(list.without(journalistId));
    }

    /** Every list, by name. */
    public List<DistributionList> lists() {
        requireStaff("see the distribution lists");
        return lists.all();
    }

    /** Everything held about the journalist with this address, for a request to see one's data; staff only. */
    @ReadsPersonalData(PersonalDataKind.JOURNALISTS)
    public PressPersonalDataExport export(Actor actor, String email) {
        requireStaff(actor, "export a journalist's personal data");
        List<Journalist> found = journalists.withEmail(email == null ? "" : email.strip());
        Set<JournalistId> ids = found.stream().map(Journalist::id).collect(Collectors.toSet());
        List<String> onLists = lists.all().stream().filter(l -> l.journalists().stream().anyMatch(ids::contains))
                .map(DistributionList::name).toList();
        return new PressPersonalDataExport(email, clock.instant(), found, onLists);
    }

    /** Erases a journalist for good, with their place on every list and their deliveries; staff only. */
    public void erase(Actor actor, JournalistId id) {
        requireStaff(actor, "erase a journalist's personal data");
        for (DistributionList list : lists.all()) {
            if (list.journalists().contains(id)) {
                lists.save(list.without(id));
            }
        }
        deliveries.eraseOf(id);
        if (!journalists.erase(id)) {
            throw new NotFoundException("journalist " + id);
        }
    }
}
