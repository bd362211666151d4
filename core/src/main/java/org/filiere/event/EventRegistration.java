package org.filiere.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.filiere.seating.SeatHolder;
import org.filiere.training.Attendance;
import org.filiere.training.Participant;
import org.filiere.training.RegistrationStatus;
import org.filiere.training.Satisfaction;

/**
 * A person's registration for an event: confirmed with a seat, waitlisted in arrival order, or cancelled; on the
 * day, whether they checked in (present) or not (no-show); after it, their feedback. It belongs to its
 * {@link Event}, which applies every rule; this class only keeps the state.
 */
public final class EventRegistration implements SeatHolder {

    private final EventRegistrationId id;
    private Participant participant;
    private final int arrival;
    private final Instant registeredAt;
    private final BigDecimal price;
    private final boolean memberRate;
    private RegistrationStatus status;
    private Instant promotedAt;
    private Instant cancelledAt;
    private Attendance attendance;
    private Instant checkedInAt;
    private Satisfaction feedback;

    /**
     * Rebuilds a registration from stored state.
     *
     * @param id           identity
     * @param participant  who registered
     * @param arrival      rank of arrival on the event, from 1
     * @param registeredAt when
     * @param price        the price due, fixed when registering
     * @param memberRate   whether they work for a member of the event's year (and pay the member price)
     * @param status       confirmed, waitlisted or cancelled
     * @param promotedAt   when they moved from the waitlist to a seat, if they did
     * @param cancelledAt  when it was cancelled, if it was
     * @param attendance   present, absent (no-show) or not recorded yet
     * @param checkedInAt  when they checked in, if they did
     * @param feedback     what they said afterwards, if recorded
     */
    public EventRegistration(EventRegistrationId id, Participant participant, int arrival, Instant registeredAt,
            BigDecimal price, boolean memberRate, RegistrationStatus status, Optional<Instant> promotedAt,
            Optional<Instant> cancelledAt, Attendance attendance, Optional<Instant> checkedInAt,
            Optional<Satisfaction> feedback) {
        this.id = Objects.requireNonNull(id, "id");
        this.participant = Objects.requireNonNull(participant, "participant");
        if (arrival < 1) {
            throw new IllegalArgumentException("Arrival ranks start at 1, not " + arrival);
        }
        this.arrival = arrival;
        this.registeredAt = Objects.requireNonNull(registeredAt, "registeredAt");
        this.price = Objects.requireNonNull(price, "price");
        this.memberRate = memberRate;
        this.status = Objects.requireNonNull(status, "status");
        this.promotedAt = promotedAt.orElse(null);
        this.cancelledAt = cancelledAt.orElse(null);
        this.attendance = Objects.requireNonNull(attendance, "attendance");
        this.checkedInAt = checkedInAt.orElse(null);
        this.feedback = feedback.orElse(null);
    }

    void promote(Instant at) {
        status = RegistrationStatus.CONFIRMED;
        promotedAt = at;
    }

    void cancel(Instant at) {
        status = RegistrationStatus.CANCELLED;
        cancelledAt = at;
    }

    void checkIn(Instant at) {
        attendance = Attendance.PRESENT;
        checkedInAt = at;
    }

    void noShow() {
        attendance = Attendance.ABSENT;
        checkedInAt = null;
        feedback = null;
    }

    void giveFeedback(Satisfaction satisfaction) {
        feedback = satisfaction;
    }

    void erasePerson() {
        participant = Erasure.erased(participant, id.toString());
        feedback = feedback == null ? null : new Satisfaction(feedback.score(), "");
    }

    public EventRegistrationId id() {
        return id;
    }

    public Participant participant() {
        return participant;
    }

    @Override
    public int arrival() {
        return arrival;
    }

    @Override
    public boolean holdsSeat() {
        return status == RegistrationStatus.CONFIRMED;
    }

    @Override
    public boolean waitsForSeat() {
        return status == RegistrationStatus.WAITLISTED;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public BigDecimal price() {
        return price;
    }

    /** Whether they registered at the member rate, working for a member of the event's year. */
    public boolean memberRate() {
        return memberRate;
    }

    public RegistrationStatus status() {
        return status;
    }

    public Optional<Instant> promotedAt() {
        return Optional.ofNullable(promotedAt);
    }

    public Optional<Instant> cancelledAt() {
        return Optional.ofNullable(cancelledAt);
    }

    public Attendance attendance() {
        return attendance;
    }

    public boolean attended() {
        return attendance == Attendance.PRESENT;
    }

    public Optional<Instant> checkedInAt() {
        return Optional.ofNullable(checkedInAt);
    }

    public Optional<Satisfaction> feedback() {
        return Optional.ofNullable(feedback);
    }

    @Override
    public String toString() {
        return "EventRegistration[" + participant.name() + " #" + arrival + " " + status + "]";
    }
}
