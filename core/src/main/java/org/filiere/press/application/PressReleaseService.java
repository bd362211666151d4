package org.filiere.press.application;

import static org.filiere.access.AccessPolicy.requireStaff;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.filiere.access.application.BindsCurrentActor;
import org.filiere.kernel.DomainEvents;
import org.filiere.kernel.NotFoundException;
import org.filiere.press.DistributionList;
import org.filiere.press.DistributionLists;
import org.filiere.press.EmbargoPolicy;
import org.filiere.press.Journalist;
import org.filiere.press.Journalists;
import org.filiere.press.PressRelease;
import org.filiere.press.PressReleaseId;
import org.filiere.press.PressReleasePublished;
import org.filiere.press.PressReleases;
import org.filiere.press.ReleaseDeliveries;
import org.filiere.press.ReleaseDelivery;
import org.filiere.press.ReleaseDeliveryId;
import org.filiere.press.ReleaseMailer;
import org.filiere.press.ReleaseNotSentException;
import org.filiere.press.application.PressCommands.DraftRelease;
import org.filiere.press.application.PressCommands.ScheduleRelease;

/**
 * Press releases: written, scheduled under an embargo, published once it is lifted and delivered. Publishing
 * stores one delivery per journalist of the list in the same transaction (an outbox); each is sent afterwards
 * ({@link #deliver}), never before the embargo, and recorded as sent only once the mail server took it.
 */
@ApplicationScoped
@BindsCurrentActor
@Transactional
public class PressReleaseService {

    private final PressReleases releases;
    private final DistributionLists lists;
    private final Journalists journalists;
    private final ReleaseDeliveries deliveries;
    private final Supplier<ReleaseMailer> mailer;
    private final DomainEvents events;
    private final Clock clock;

    /** The service with its mailer given directly. */
    public PressReleaseService(PressReleases releases, DistributionLists lists, Journalists journalists,
            ReleaseDeliveries deliveries, ReleaseMailer mailer, DomainEvents events, Clock clock) {
        this(releases, lists, journalists, deliveries, () -> mailer, events, clock);
    }

    /**
     * The service in a CDI container; the mailer comes from filiere-press and is looked up when a release is first
     * delivered, so that an application without it still starts.
     */
    @Inject
    public PressReleaseService(PressReleases releases, DistributionLists lists, Journalists journalists,
            ReleaseDeliveries deliveries, Instance<ReleaseMailer> mailer, DomainEvents events, Clock clock) {
        this(releases, lists, journalists, deliveries, () -> {
            if (mailer.isUnsatisfied()) {
                throw new IllegalStateException(
                        "No press release mailer (ReleaseMailer) is installed: put filiere-press on the classpath");
            }
            return mailer.get();
        }, events, clock);
    }

    private PressReleaseService(PressReleases releases, DistributionLists lists, Journalists journalists,
            ReleaseDeliveries deliveries, Supplier<ReleaseMailer> mailer, DomainEvents events, Clock clock) {
        this.releases = releases;
        this.lists = lists;
        this.journalists = journalists;
        this.deliveries = deliveries;
        this.mailer = mailer;
        this.events = events;
        this.clock = clock;
    }

    /** For the CDI container's proxies. */
    protected PressReleaseService() {
        this(null, null, null, null, (Supplier<ReleaseMailer>) null, null, null);
    }

    /** @throws NotFoundException if the list is not known */
    public PressReleaseId draft(DraftRelease c) {
        requireStaff(c.actor(), "write a press release");
        lists.find(c.listId()).orElseThrow(() -> new NotFoundException("distribution list " + c.listId()));
        PressRelease release = PressRelease.draft(c.title(), c.body(), c.listId());
        releases.save(release);
        return release.id();
    }

    /**
     * Schedules a release under its embargo; it is published and sent by the dispatch that runs once the embargo is
     * lifted, never before.
     */
    public void schedule(ScheduleRelease c) {
        requireStaff(c.actor(), "schedule a press release");
        PressRelease release = releases.find(c.releaseId())
                .orElseThrow(() -> new NotFoundException("press release " + c.releaseId()));
        var scheduled = release.schedule(c.embargo(), clock);
        releases.save(release);
        events.publish(scheduled);
    }

    /** The scheduled releases, earliest embargo first. */
    public List<PressRelease> scheduled() {
        requireStaff("see the scheduled press releases");
        return releases.scheduled();
    }

    /**
     * Publishes a scheduled release if its embargo is lifted, holding it so that no other node publishes it at the
     * same time, and stores its deliveries to the journalists on its list with it.
     *
     * @return the number of deliveries stored, or nothing when the release is not due
     */
    public Optional<Integer> publishIfDue(PressReleaseId id) {
        requireStaff("publish a press release");
        PressRelease release = releases.claim(id).orElseThrow(() -> new NotFoundException("press release " + id));
        Optional<PressReleasePublished> published = release.publishIfDue(clock);
        if (published.isEmpty()) {
            return Optional.empty();
        }
        DistributionList list = lists.find(release.listId())
                .orElseThrow(() -> new NotFoundException("distribution list " + release.listId()));
        List<ReleaseDelivery> toSend = list.journalists().stream().sorted((a, b) -> a.toString().compareTo(b.toString()))
                .map(j -> ReleaseDelivery.of(release.id(), j, clock)).toList();
        releases.save(release);
        deliveries.addAll(toSend);
        events.publish(published.get());
        return Optional.of(toSend.size());
    }

    /** The deliveries still to send, oldest first. */
    public List<ReleaseDelivery> pendingDeliveries(int limit) {
        requireStaff("see pending press release deliveries");
        return deliveries.pending(limit);
    }

    /** A release's deliveries. */
    public List<ReleaseDelivery> deliveries(PressReleaseId releaseId) {
        requireStaff("see a press release's deliveries");
        return deliveries.of(releaseId);
    }

    /**
     * Sends one delivery, held so that no other node sends it at the same time, and never before the release's
     * embargo. It is recorded as sent only once the mail server took it; a failure is recorded with its reason, and
     * a transient one is tried again by a later dispatch.
     */
    public ReleaseDelivery.Status deliver(ReleaseDeliveryId id) {
        requireStaff("deliver a press release");
        ReleaseDelivery delivery = deliveries.claim(id)
                .orElseThrow(() -> new NotFoundException("press release delivery " + id));
        if (delivery.status() != ReleaseDelivery.Status.PENDING) {
            return delivery.status();
        }
        PressRelease release = releases.find(delivery.releaseId())
                .orElseThrow(() -> new NotFoundException("press release " + delivery.releaseId()));
        if (release.status() != PressRelease.Status.PUBLISHED || !EmbargoPolicy.isLifted(release.embargo(),
                clock.instant())) {
            return ReleaseDelivery.Status.PENDING;
        }
        Optional<Journalist> journalist = journalists.find(delivery.journalistId());
        if (journalist.isEmpty()) {
            deliveries.save(delivery.failed("the journalist was erased before it was sent", true));
            return ReleaseDelivery.Status.FAILED;
        }
        ReleaseDelivery outcome;
        try {
            mailer.get().send(release, journalist.get());
            outcome = delivery.sent(clock);
        } catch (ReleaseNotSentException e) {
            outcome = delivery.failed(e.getMessage(), e.isPermanent());
        }
        deliveries.save(outcome);
        return outcome.status();
    }

    public Optional<PressRelease> release(PressReleaseId id) {
        requireStaff("look up a press release");
        return releases.find(id);
    }

    /** Every release, the latest first. */
    public List<PressRelease> releases() {
        requireStaff("see the press releases");
        return releases.all();
    }
}
