package org.filiere.speedmeeting;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One participant's request to meet another, with a short message; once accepted it is a meeting, which the
 * scheduler gives a slot (a round and a table) unless it is locked to one. Its sequence is raised each time its slot
 * changes after the timetable was published, so that calendars show the newest one. It belongs to its
 * {@link SpeedMeeting}, which applies every rule.
 */
public final class MeetingRequest {

    private final MeetingId id;
    private final ParticipantId from;
    private final ParticipantId to;
    private String message;
    private final Instant requestedAt;
    private final Instant expiresAt;
    private RequestStatus status;
    private boolean acceptedByDefault;
    private Instant answeredAt;
    private Slot slot;
    private boolean locked;
    private int sequence;

    /**
     * Rebuilds a request from stored state.
     *
     * @param id                identity
     * @param from              who asked
     * @param to                whom
     * @param message           what they said
     * @param requestedAt       when
     * @param expiresAt         when it expires unanswered; empty in opt-out mode
     * @param status            where it stands
     * @param acceptedByDefault accepted because the event runs in opt-out mode, without an answer yet
     * @param answeredAt        when it was answered (or expired, or withdrawn)
     * @param slot              its round and table, once scheduled
     * @param locked            whether an organiser locked it to its slot
     * @param sequence          its calendar sequence
     */
    public MeetingRequest(MeetingId id, ParticipantId from, ParticipantId to, String message, Instant requestedAt,
            Optional<Instant> expiresAt, RequestStatus status, boolean acceptedByDefault, Optional<Instant> answeredAt,
            Optional<Slot> slot, boolean locked, int sequence) {
        this.id = Objects.requireNonNull(id, "id");
        this.from = Objects.requireNonNull(from, "from");
        this.to = Objects.requireNonNull(to, "to");
        this.message = message == null ? "" : message;
        this.requestedAt = Objects.requireNonNull(requestedAt, "requestedAt");
        this.expiresAt = expiresAt.orElse(null);
        this.status = Objects.requireNonNull(status, "status");
        this.acceptedByDefault = acceptedByDefault;
        this.answeredAt = answeredAt.orElse(null);
        this.slot = slot.orElse(null);
        this.locked = locked;
        this.sequence = sequence;
        if (locked && this.slot == null) {
            throw new IllegalArgumentException("A locked meeting needs its slot");
        }
    }

    void accept(Instant at) {
        status = RequestStatus.ACCEPTED;
        acceptedByDefault = false;
        answeredAt = at;
    }

    void close(RequestStatus newStatus, Instant at) {
        status = newStatus;
        acceptedByDefault = false;
        answeredAt = at;
        slot = null;
        locked = false;
    }

    void place(Optional<Slot> newSlot, boolean published) {
        if (!Objects.equals(slot, newSlot.orElse(null)) && published) {
            sequence++;
        }
        slot = newSlot.orElse(null);
    }

    void lock(Slot at) {
        slot = at;
        locked = true;
    }

    void unlock() {
        locked = false;
    }

    void eraseMessage() {
        message = "";
    }

    /** Whether it waits for an answer past its expiry. */
    boolean isOverdueAt(Instant now) {
        return status == RequestStatus.PENDING && expiresAt != null && !now.isBefore(expiresAt);
    }

    /** Whether it still waits for the other person's answer (pending, or accepted by default without an answer). */
    public boolean awaitsAnswer() {
        return status == RequestStatus.PENDING || (status == RequestStatus.ACCEPTED && acceptedByDefault);
    }

    /** Whether the two people are those of this request, in either direction. */
    public boolean isBetween(ParticipantId a, ParticipantId b) {
        return (from.equals(a) && to.equals(b)) || (from.equals(b) && to.equals(a));
    }

    /** Whether a person is one of the two. */
    public boolean involves(ParticipantId p) {
        return from.equals(p) || to.equals(p);
    }

    /** The other person of the two. */
    public ParticipantId other(ParticipantId p) {
        return from.equals(p) ? to : from;
    }

    public MeetingId id() {
        return id;
    }

    public ParticipantId from() {
        return from;
    }

    public ParticipantId to() {
        return to;
    }

    public String message() {
        return message;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Optional<Instant> expiresAt() {
        return Optional.ofNullable(expiresAt);
    }

    public RequestStatus status() {
        return status;
    }

    public boolean acceptedByDefault() {
        return acceptedByDefault;
    }

    public Optional<Instant> answeredAt() {
        return Optional.ofNullable(answeredAt);
    }

    public Optional<Slot> slot() {
        return Optional.ofNullable(slot);
    }

    public boolean locked() {
        return locked;
    }

    public int sequence() {
        return sequence;
    }

    @Override
    public String toString() {
        return "MeetingRequest[" + from + " -> " + to + " " + status + (slot == null ? "" : " " + slot) + "]";
    }
}
