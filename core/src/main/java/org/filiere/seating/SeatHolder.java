package org.filiere.seating;

/**
 * A registration as {@link Seats} sees it: its rank of arrival, and whether it holds a seat or waits for one. A
 * registration that does neither (cancelled) keeps its rank but takes no part in the seats.
 */
public interface SeatHolder {

    /** Its rank of arrival, from 1: seats and waitlist places are given in this order. */
    int arrival();

    /** Whether it holds a seat. */
    boolean holdsSeat();

    /** Whether it waits for a seat. */
    boolean waitsForSeat();
}
