package org.filiere.watch.application;

import static org.filiere.access.AccessPolicy.requireStaff;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.filiere.access.application.BindsCurrentActor;
import org.filiere.kernel.DomainEvents;
import org.filiere.member.Siret;
import org.filiere.watch.Buyer;
import org.filiere.watch.CpvCode;
import org.filiere.watch.CpvVocabulary;
import org.filiere.watch.EstimatedValue;
import org.filiere.watch.FieldIssue;
import org.filiere.watch.Place;
import org.filiere.watch.Tender;
import org.filiere.watch.TenderDetails;
import org.filiere.watch.TenderId;
import org.filiere.watch.TenderNotice;
import org.filiere.watch.TenderNoticeReader;
import org.filiere.watch.Tenders;
import org.filiere.watch.application.WatchCommands.EnterPrivateTender;

/** Calls for tender coming in: from feeds (one notice at a time), or entered by staff. */
@ApplicationScoped
@BindsCurrentActor
@Transactional
public class TenderService {

    private final Tenders tenders;
    private final CpvVocabulary cpv;
    private final DomainEvents events;
    private final Clock clock;

    @Inject
    public TenderService(Tenders tenders, CpvVocabulary cpv, DomainEvents events, Clock clock) {
        this.tenders = tenders;
        this.cpv = cpv;
        this.events = events;
        this.clock = clock;
    }

    /** For the CDI container's proxies. */
    protected TenderService() {
        this(null, null, null, null);
    }

    /**
     * Receives a notice from a feed: a new tender is stored, one seen before (same source and id) is updated. Badly
     * written fields are reported and left out.
     *
     * @throws org.filiere.watch.UnusableTenderException if the notice lacks what a tender cannot go without
     */
    public TenderReception receive(TenderNotice notice) {
        requireStaff("receive a tender notice");
        TenderNoticeReader.Reading reading = new TenderNoticeReader(cpv, clock.getZone()).read(notice);
        return store(reading.id(), reading.details(), reading.issues());
    }

    /**
     * Staff enter a private call for tender; unlike a feed's notice, every field must be right.
     *
     * @throws org.filiere.watch.InvalidCpvCodeException if a CPV code is not in the CPV 2008
     * @throws org.filiere.member.InvalidIdentifierException if the SIRET or postcode is not valid
     */
    public TenderReception enterPrivate(EnterPrivateTender c) {
        requireStaff(c.actor(), "enter a private call for tender");
        List<CpvCode> codes = c.cpvCodes().stream().map(code -> cpv.read(code).code()).toList();
        TenderDetails details = new TenderDetails(
                new Buyer(Optional.ofNullable(c.buyerName()), c.buyerSiret().map(Siret::parse)), c.title(),
                c.description(), codes, c.postcode().map(Place::atPostcode).orElse(Place.unknown()),
                c.value().map(v -> new EstimatedValue(v, "EUR")), Optional.of(LocalDate.now(clock)),
                c.deadline(), c.url());
        return store(new TenderId(TenderId.PRIVATE, c.reference()), details, List.of());
    }

    private TenderReception store(TenderId id, TenderDetails details, List<FieldIssue> issues) {
        Optional<Tender> known = tenders.find(id);
        if (known.isEmpty()) {
            Tender.Received received = Tender.receive(id, details, clock);
            tenders.save(received.tender());
            events.publish(received.event());
            return new TenderReception(id, TenderReception.Outcome.CREATED, issues);
        }
        Tender tender = known.get();
        var updated = tender.update(details, clock);
        if (updated.isEmpty()) {
            return new TenderReception(id, TenderReception.Outcome.UNCHANGED, issues);
        }
        tenders.save(tender);
        events.publish(updated.get());
        return new TenderReception(id, TenderReception.Outcome.UPDATED, issues);
    }

    /** How many tenders were received, all sources together. */
    public long count() {
        requireStaff("count tenders");
        return tenders.count();
    }

    /** The tender with this id, if it was received. */
    public Optional<Tender> tender(TenderId id) {
        requireStaff("look up a tender");
        return tenders.find(id);
    }
}
