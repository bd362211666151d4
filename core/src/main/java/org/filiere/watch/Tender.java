package org.filiere.watch;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A public or private call for tender the association relays to its members. It is identified by its source and
 * the source's id, so that seeing it again updates it; it keeps the time it was first received, which decides the
 * week whose digests carry it.
 */
public final class Tender {

    private final TenderId id;
    private TenderDetails details;
    private final Instant receivedAt;
    private Instant updatedAt;
    private final long version;

    /**
     * Rebuilds a tender from stored state; new tenders come from {@link #receive}.
     *
     * @param version the stored version, for optimistic locking (0 when not yet stored)
     */
    public Tender(TenderId id, TenderDetails details, Instant receivedAt, Instant updatedAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.details = Objects.requireNonNull(details, "details");
        this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.version = version;
    }

    /** A tender seen for the first time. */
    public static Received receive(TenderId id, TenderDetails details, Clock clock) {
        Instant now = clock.instant();
        return new Received(new Tender(id, details, now, now, 0), new TenderReceived(UUID.randomUUID(), now, id));
    }

    /**
     * A new tender and the event of its arrival.
     *
     * @param tender the tender
     * @param event  what happened
     */
    public record Received(Tender tender, TenderReceived event) {
    }

    /** The tender seen again: what it says now replaces what it said, if anything changed. */
    public Optional<TenderUpdated> update(TenderDetails newDetails, Clock clock) {
        if (details.equals(newDetails)) {
            return Optional.empty();
        }
        details = newDetails;
        updatedAt = clock.instant();
        return Optional.of(new TenderUpdated(UUID.randomUUID(), updatedAt, id));
    }

    /** Whether bids may still be made at that time: its deadline is later, or it gives none. */
    public boolean isOpenAt(Instant time) {
        return details.deadline().map(d -> d.isAfter(time)).orElse(true);
    }

    public TenderId id() {
        return id;
    }

    public TenderDetails details() {
        return details;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** The version read from storage; a save with a stale version is refused. */
    public long version() {
        return version;
    }

    @Override
    public String toString() {
        return "Tender[" + id + " " + details.title() + "]";
    }
}
