package org.filiere.training;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.filiere.seating.SeatHolder;

/**
 * A person's registration for a session: confirmed with a seat, or waitlisted in arrival order, or cancelled;
 * after the session, whether they attended and how satisfied they were. It belongs to its {@link Session}, which
 * applies every rule; this class only keeps the state.
 */
public final class Registration implements SeatHolder {

    private final RegistrationId id;
    private Participant participant;
    private final int arrival;
    private final Instant registeredAt;
    private final BigDecimal price;
    private RegistrationStatus status;
    private Instant promotedAt;
    private Instant cancelledAt;
    private Attendance attendance;
    private Satisfaction satisfaction;

    /**
     * Rebuilds a registration from stored state.
     *
     * @param id           identity
     * @param participant  who registered
     * @param arrival      its rank of arrival on the session, from 1: the waitlist is served in this order
     * @param registeredAt when it arrived
     * @param price        the price due, fixed when registering
     * @param status       where it stands
     * @param promotedAt   when it moved from the waitlist to a seat, if it did
     * @param cancelledAt  when it was cancelled, if it was
     * @param attendance   whether the person came
     * @param satisfaction what the attendee said, if recorded
     */
    public Registration(RegistrationId id, Participant participant, int arrival, Instant registeredAt,
            BigDecimal price, RegistrationStatus status, Optional<Instant> promotedAt, Optional<Instant> cancelledAt,
            Attendance attendance, Optional<Satisfaction> satisfaction) {
        this.id = Objects.requireNonNull(id, "id");
        this.participant = Objects.requireNonNull(participant, "participant");
        if (arrival < 1) {
            throw new IllegalArgumentException("Arrival ranks start at 1, not " + arrival);
        }
        this.arrival = arrival;
        this.registeredAt = Objects.requireNonNull(registeredAt, "registeredAt");
        this.price = Objects.requireNonNull(price, "price");
        this.status = Objects.requireNonNull(status, "status");
        this.promotedAt = promotedAt.orElse(null);
        this.cancelledAt = cancelledAt.orElse(null);
        this.attendance = Objects.requireNonNull(attendance, "attendance");
        this.satisfaction = satisfaction.orElse(null);
    }

    void promote(Instant at) {
        status = RegistrationStatus.CONFIRMED;
        promotedAt = at;
    }

    void cancel(Instant at) {
        status = RegistrationStatus.CANCELLED;
        cancelledAt = at;
    }

    void attend(Attendance newAttendance) {
        attendance = newAttendance;
        if (newAttendance != Attendance.PRESENT) {
            satisfaction = null;
        }
    }

    void rate(Satisfaction newSatisfaction) {
        satisfaction = newSatisfaction;
    }

    public RegistrationId id() {
        return id;
    }

    /** Removes the person's data, keeping the seat, attendance and score the figures count. */
    void erasePerson() {
        participant = participant.erased(id.toString());
        satisfaction = satisfaction == null ? null : new Satisfaction(satisfaction.score(), "");
    }

    public Participant participant() {
        return participant;
    }

    @Override
    public int arrival() {
        return arrival;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public BigDecimal price() {
        return price;
    }

    public RegistrationStatus status() {
        return status;
    }

    public boolean isConfirmed() {
        return status == RegistrationStatus.CONFIRMED;
    }

    public boolean isWaitlisted() {
        return status == RegistrationStatus.WAITLISTED;
    }

    @Override
    public boolean holdsSeat() {
        return isConfirmed();
    }

    @Override
    public boolean waitsForSeat() {
        return isWaitlisted();
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

    public Optional<Satisfaction> satisfaction() {
        return Optional.ofNullable(satisfaction);
    }

    @Override
    public String toString() {
        return "Registration[" + participant.name() + " #" + arrival + " " + status + "]";
    }
}
