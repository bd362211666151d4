package org.filiere.watch.application;

import static org.filiere.access.AccessPolicy.requireStaff;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.filiere.access.application.BindsCurrentActor;

import org.filiere.kernel.BusinessRefusal;
import org.filiere.kernel.DomainEvent;
import org.filiere.kernel.DomainEvents;
import org.filiere.watch.CpvVocabulary;
import org.filiere.watch.Tender;
import org.filiere.watch.TenderId;
import org.filiere.watch.TenderNotice;
import org.filiere.watch.TenderNoticeReader;
import org.filiere.watch.Tenders;

/**
 * Notices from a feed taken in a chunk at a time, in one transaction, with the rules of
 * {@link TenderService#receive(TenderNotice)}: a tender never seen is stored, one seen before (same source and id)
 * is updated when its details changed. The tenders seen before are looked up together and the new ones written
 * together, so that a national feed goes in at the pace of the database. A notice that cannot be used is refused on
 * its own: the others of its chunk go in.
 */
@ApplicationScoped
@BindsCurrentActor
@Transactional
public class TenderIntake {

    private final Tenders tenders;
    private final CpvVocabulary cpv;
    private final DomainEvents events;
    private final Clock clock;

    @Inject
    public TenderIntake(Tenders tenders, CpvVocabulary cpv, DomainEvents events, Clock clock) {
        this.tenders = tenders;
        this.cpv = cpv;
        this.events = events;
        this.clock = clock;
    }

    /** For the CDI container's proxies. */
    protected TenderIntake() {
        this(null, null, null, null);
    }

    /**
     * What became of a chunk of notices.
     *
     * @param receptions what each usable notice did, in the order given
     * @param refusals   the notices that could not be used, by their position in the chunk
     */
    public record ChunkReceived(List<TenderReception> receptions, List<Refusal> refusals) {

        public ChunkReceived {
            receptions = List.copyOf(receptions);
            refusals = List.copyOf(refusals);
        }
    }

    /**
     * A notice of a chunk that could not be used.
     *
     * @param position its place in the chunk, from 0
     * @param reason   why, in a staff member's words
     */
    public record Refusal(int position, BusinessRefusal reason) {
    }

    /**
     * Receives a chunk of notices in one transaction. A notice naming a tender met earlier in the same chunk
     * updates it, as it would one after the other.
     *
     * @throws org.filiere.kernel.StaleDataException if another import stored or changed one of these tenders
     *         meanwhile (nothing of the chunk is then written: receive it again, or its notices one at a time)
     */
    public ChunkReceived receive(List<TenderNotice> notices) {
        requireStaff("receive tender notices");
        TenderNoticeReader reader = new TenderNoticeReader(cpv, clock.getZone());
        List<TenderNoticeReader.Reading> readings = new ArrayList<>(notices.size());
        List<Refusal> refusals = new ArrayList<>();
        for (int i = 0; i < notices.size(); i++) {
            try {
                readings.add(reader.read(notices.get(i)));
            } catch (BusinessRefusal refusal) {
                readings.add(null);
                refusals.add(new Refusal(i, refusal));
            }
        }
        Map<TenderId, Tender> known = tenders.find(readings.stream().filter(r -> r != null)
                .map(TenderNoticeReader.Reading::id).distinct().toList());
        Map<TenderId, Tender> created = new LinkedHashMap<>();
        Map<TenderId, Tender> changed = new LinkedHashMap<>();
        List<DomainEvent> happened = new ArrayList<>();
        List<TenderReception> receptions = new ArrayList<>();
        for (TenderNoticeReader.Reading reading : readings) {
            if (reading == null) {
                continue;
            }
            TenderId id = reading.id();
            Tender tender = created.containsKey(id) ? created.get(id) : known.get(id);
            if (tender == null) {
                Tender.Received received = Tender.receive(id, reading.details(), clock);
                created.put(id, received.tender());
                happened.add(received.event());
                receptions.add(new TenderReception(id, TenderReception.Outcome.CREATED, reading.issues()));
                continue;
            }
            var updated = tender.update(reading.details(), clock);
            if (updated.isEmpty()) {
                receptions.add(new TenderReception(id, TenderReception.Outcome.UNCHANGED, reading.issues()));
                continue;
            }
            if (!created.containsKey(id)) {
                changed.put(id, tender);
            }
            happened.add(updated.get());
            receptions.add(new TenderReception(id, TenderReception.Outcome.UPDATED, reading.issues()));
        }
        changed.values().forEach(tenders::save);
        tenders.insertAll(List.copyOf(created.values()));
        happened.forEach(events::publish);
        return new ChunkReceived(receptions, refusals);
    }
}
