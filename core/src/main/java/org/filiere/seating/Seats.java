package org.filiere.seating;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The seats of something people register for and its waitlist, first come first served. It keeps the registrations
 * in arrival order and applies the seat rules; the registrations themselves, and the refusals that name what they
 * belong to, stay with their owner (a training session, an event), which says how a registration is promoted.
 *
 * <ul>
 * <li>a newcomer gets a seat while one remains, and a place on the waitlist after that
 *     ({@link #seatRemains()});</li>
 * <li>a seat that frees up, or a seat added, goes to the first one waiting in arrival order
 *     ({@link #nextToPromote()});</li>
 * <li>the number of seats never goes below the seats already given ({@link #canResizeTo}).</li>
 * </ul>
 *
 * @param <R> the owner's registrations
 */
public final class Seats<R extends SeatHolder> {

    private int capacity;
    private final List<R> holders;

    /**
     * The seats as stored.
     *
     * @param capacity how many seats there are
     * @param holders  the registrations, in any order, cancelled ones included
     */
    public Seats(int capacity, Collection<? extends R> holders) {
        this.capacity = capacity;
        this.holders = new ArrayList<>(holders);
        this.holders.sort(Comparator.comparingInt(SeatHolder::arrival));
    }

    /** A seat is given while fewer seats are held than there are. */
    public boolean seatRemains() {
        return seated() < capacity;
    }

    /** The rank the next registration gets: one more than the last one given. */
    public int nextArrival() {
        return holders.stream().mapToInt(SeatHolder::arrival).max().orElse(0) + 1;
    }

    /**
     * Takes a new registration, which must have the next arrival rank.
     *
     * @throws IllegalArgumentException when it does not come next
     */
    public void add(R holder) {
        if (holder.arrival() != nextArrival()) {
            throw new IllegalArgumentException("A new registration comes with arrival rank " + nextArrival()
                    + ", not " + holder.arrival());
        }
        holders.add(holder);
    }

    /** When a seat frees up, it goes to the first one waiting, in arrival order. */
    public Optional<R> nextToPromote() {
        return holders.stream().filter(SeatHolder::waitsForSeat).min(Comparator.comparingInt(SeatHolder::arrival));
    }

    /**
     * Gives the seats free now to the ones waiting, first come first served.
     *
     * @param promote how the owner moves a registration from the waitlist to a seat
     * @return the registrations promoted, in order
     */
    public List<R> fillFreeSeats(Consumer<R> promote) {
        List<R> promoted = new ArrayList<>();
        while (seatRemains()) {
            Optional<R> next = nextToPromote();
            if (next.isEmpty()) {
                break;
            }
            promote.accept(next.get());
            if (next.get().waitsForSeat() || !next.get().holdsSeat()) {
                throw new IllegalStateException("A promoted registration must hold a seat: " + next.get());
            }
            promoted.add(next.get());
        }
        return promoted;
    }

    /** Whether the seats can become {@code newCapacity}: never fewer than the seats already given. */
    public boolean canResizeTo(int newCapacity) {
        return newCapacity >= seated();
    }

    /**
     * Changes the number of seats; the owner then fills the new ones ({@link #fillFreeSeats}).
     *
     * @throws IllegalArgumentException when fewer than the seats already given
     */
    public void resize(int newCapacity) {
        if (!canResizeTo(newCapacity)) {
            throw new IllegalArgumentException(seated() + " seats are held; there cannot be " + newCapacity);
        }
        capacity = newCapacity;
    }

    public int capacity() {
        return capacity;
    }

    /** Every registration, in arrival order, cancelled ones included. */
    public List<R> holders() {
        return Collections.unmodifiableList(holders);
    }

    /** The waitlist, in the order seats will be offered. */
    public List<R> waitlist() {
        return holders.stream().filter(SeatHolder::waitsForSeat).toList();
    }

    /** A registration's place on the waitlist, from 1; empty when it does not wait. */
    public Optional<Integer> waitlistPosition(R holder) {
        int position = waitlist().indexOf(holder);
        return position < 0 ? Optional.empty() : Optional.of(position + 1);
    }

    /** How many seats are held. */
    public long seated() {
        return holders.stream().filter(SeatHolder::holdsSeat).count();
    }

    /** How many wait for a seat. */
    public long waiting() {
        return holders.stream().filter(SeatHolder::waitsForSeat).count();
    }
}
