package org.filiere.event;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.filiere.kernel.DomainEvent;
import org.filiere.kernel.InvalidFieldException;
import org.filiere.kernel.TextLimit;
import org.filiere.seating.Seats;
import org.filiere.training.Attendance;
import org.filiere.training.Participant;
import org.filiere.training.RegistrationStatus;
import org.filiere.training.Satisfaction;
import org.filiere.training.Schedule;

/**
 * An event and its registrations: what it announces ({@link EventDetails}), its seats and waitlist (the rules of
 * {@link Seats}, shared with training sessions), check-in on the day, no-shows and feedback. It enforces the
 * {@link EventRules} and returns the events that say what happened. Every change a calendar shows raises its
 * {@link #sequence()}.
 */
public final class Event {

    /** The most seats an event may have. */
    public static final int MAX_CAPACITY = 10_000;

    private final EventId id;
    private EventDetails details;
    private EventStatus status;
    private int sequence;
    private String cancellationReason;
    private final Seats<EventRegistration> seats;
    private final long version;

    /**
     * Rebuilds an event from stored state. New events come from {@link #plan}.
     *
     * @param id                 identity
     * @param details            what it announces
     * @param capacity           how many seats
     * @param status             where it stands
     * @param sequence           its calendar sequence
     * @param cancellationReason why it was cancelled, empty otherwise
     * @param registrations      its registrations, in any order
     * @param version            the stored version, for optimistic locking; 0 when not yet stored
     */
    public Event(EventId id, EventDetails details, int capacity, EventStatus status, int sequence,
            String cancellationReason, List<EventRegistration> registrations, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.details = Objects.requireNonNull(details, "details");
        this.seats = new Seats<>(requireCapacity(capacity, details), registrations);
        this.status = Objects.requireNonNull(status, "status");
        this.sequence = sequence;
        this.cancellationReason = cancellationReason == null ? "" : cancellationReason.strip();
        this.version = version;
    }

    /** A new event, as a draft, and the event that says so. */
    public static Planned plan(EventId id, EventDetails details, int capacity, Clock clock) {
        Event event = new Event(id, details, capacity, EventStatus.DRAFT, 0, "", List.of(), 0);
        return new Planned(event, new EventPlanned(UUID.randomUUID(), clock.instant(), id, details.kind(),
                details.title(), details.start()));
    }

    /**
     * A new event and the event of its planning.
     *
     * @param event   the event
     * @param planned what happened
     */
    public record Planned(Event event, EventPlanned planned) {
    }

    /**
     * A new registration and what happened: a seat ({@link EventRegistrationConfirmed}) or a place on the waitlist
     * ({@link EventRegistrationWaitlisted}).
     *
     * @param registration the registration
     * @param event        what happened
     */
    public record Registered(EventRegistration registration, DomainEvent event) {

        /** The place on the waitlist, from 1; empty when the registration got a seat. */
        public Optional<Integer> waitlistPosition() {
            return event instanceof EventRegistrationWaitlisted w ? Optional.of(w.position()) : Optional.empty();
        }
    }

    private static int requireCapacity(int capacity, EventDetails details) {
        if (capacity < 1 || capacity > MAX_CAPACITY) {
            throw new InvalidFieldException("Event \"" + details.title() + "\"", "capacity",
                    "must be between 1 and " + MAX_CAPACITY + " seats, not " + capacity);
        }
        return capacity;
    }

    /** Announces a draft that has not started: people can register from now on. */
    public EventPublished publish(Clock clock) {
        if (status != EventStatus.DRAFT) {
            throw new EventRefusedException(this, "published", "it is " + describe(status));
        }
        if (details.schedule().hasStartedAt(clock.instant())) {
            throw new EventRefusedException(this, "published", "it has already started");
        }
        status = EventStatus.PUBLISHED;
        sequence++;
        return new EventPublished(UUID.randomUUID(), clock.instant(), id, details.kind(), details.title(),
                details.start(), sequence);
    }

    /** Changes what is announced; returns the event when anything changed, nothing otherwise. */
    public Optional<EventRevised> revise(EventDetails newDetails, Clock clock) {
        Objects.requireNonNull(newDetails, "details");
        if (newDetails.equals(details)) {
            return Optional.empty();
        }
        if (status == EventStatus.CANCELLED || status == EventStatus.HELD) {
            throw new EventRefusedException(this, "changed", "it is " + describe(status));
        }
        if (newDetails.kind() != details.kind()) {
            throw new EventRefusedException(this, "changed into a " + newDetails.kind().label(),
                    "its kind is fixed when it is planned; plan a new event instead");
        }
        details = newDetails;
        sequence++;
        return Optional.of(new EventRevised(UUID.randomUUID(), clock.instant(), id, sequence));
    }

    /** Calls the event off; its registrations are kept so that the people concerned can be told. */
    public EventCancelled cancel(String reason, Clock clock) {
        if (status == EventStatus.CANCELLED || status == EventStatus.HELD) {
            throw new EventRefusedException(this, "cancelled", "it is " + describe(status));
        }
        cancellationReason = TextLimit.check("Cancellation of the " + describe(), "reason",
                reason == null ? "" : reason.strip(), TextLimit.MEDIUM);
        status = EventStatus.CANCELLED;
        sequence++;
        List<EventRegistrationId> affected = seats.holders().stream().filter(r -> r.status().isActive())
                .map(EventRegistration::id).toList();
        return new EventCancelled(UUID.randomUUID(), clock.instant(), id, cancellationReason, affected);
    }

    /**
     * Changes the number of seats: never below the seats already given; new seats go to the waitlist, first come
     * first served.
     *
     * @return the promotions the new seats made
     */
    public List<EventRegistrationPromoted> changeCapacity(int newCapacity, Clock clock) {
        requireCapacity(newCapacity, details);
        if (status == EventStatus.CANCELLED || status == EventStatus.HELD) {
            throw new EventRefusedException(this, "given another number of seats", "it is " + describe(status));
        }
        if (!seats.canResizeTo(newCapacity)) {
            throw new EventRefusedException(this, "reduced to " + newCapacity + " seats",
                    seats.seated() + " registrations are already confirmed");
        }
        seats.resize(newCapacity);
        List<EventRegistrationPromoted> promoted = new ArrayList<>();
        seats.fillFreeSeats(next -> promoted.add(promote(next, Optional.empty(), clock)));
        return promoted;
    }

    /**
     * Registers a person: a seat while one remains, the waitlist after that, in arrival order.
     *
     * @param memberRate whether the person works for a member of the event's year (and pays the member price)
     * @throws EventRegistrationRefusedException when the event is not published, has started, or the person already
     *                                           holds a registration on it
     */
    public Registered register(EventRegistrationId registrationId, Participant participant, boolean memberRate,
            Clock clock) {
        Instant now = clock.instant();
        EventRules.acceptsRegistrations(this, participant);
        EventRules.notStarted(this, participant, "register for", now);
        EventRules.notAlreadyRegistered(this, participant);
        boolean seat = seats.seatRemains();
        EventRegistration registration = new EventRegistration(registrationId, participant, seats.nextArrival(), now,
                details.prices().forMember(memberRate), memberRate,
                seat ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITLISTED, Optional.empty(),
                Optional.empty(), Attendance.NOT_RECORDED, Optional.empty(), Optional.empty());
        seats.add(registration);
        DomainEvent event = seat
                ? new EventRegistrationConfirmed(UUID.randomUUID(), now, id, registrationId, participant, memberRate)
                : new EventRegistrationWaitlisted(UUID.randomUUID(), now, id, registrationId, participant,
                        (int) seats.waiting());
        return new Registered(registration, event);
    }

    /**
     * Cancels a registration before the event starts. When it held a seat, the first person waiting gets it.
     *
     * @return the cancellation, then the promotion if there was one
     */
    public List<DomainEvent> cancelRegistration(EventRegistrationId registrationId, Clock clock) {
        EventRegistration registration = registration(registrationId)
                .orElseThrow(() -> new UnknownEventRegistrationException(this, registrationId));
        String attempted = "cancel their registration for";
        if (!registration.status().isActive()) {
            throw new EventRegistrationRefusedException(this, registration.participant().name(), attempted,
                    "this registration was already cancelled");
        }
        if (status == EventStatus.CANCELLED || status == EventStatus.HELD) {
            throw new EventRegistrationRefusedException(this, registration.participant().name(), attempted,
                    "the event is " + describe(status));
        }
        EventRules.notStarted(this, registration.participant(), attempted, clock.instant());
        RegistrationStatus previous = registration.status();
        registration.cancel(clock.instant());
        List<DomainEvent> events = new ArrayList<>();
        events.add(new EventRegistrationCancelled(UUID.randomUUID(), clock.instant(), id, registrationId,
                registration.participant(), previous));
        if (previous == RegistrationStatus.CONFIRMED) {
            seats.fillFreeSeats(next -> events.add(promote(next, Optional.of(registrationId), clock)));
        }
        return events;
    }

    private EventRegistrationPromoted promote(EventRegistration next, Optional<EventRegistrationId> freedBy,
            Clock clock) {
        next.promote(clock.instant());
        return new EventRegistrationPromoted(UUID.randomUUID(), clock.instant(), id, next.id(), next.participant(),
                freedBy);
    }

    /** A person with a seat arrives, on the day. Checking in twice keeps the first time. */
    public Optional<AttendeeCheckedIn> checkIn(EventRegistrationId registrationId, Clock clock) {
        EventRegistration registration = registration(registrationId)
                .orElseThrow(() -> new UnknownEventRegistrationException(this, registrationId));
        EventRules.checkInOnTheDay(this, registration, clock.instant());
        if (registration.attended()) {
            return Optional.empty();
        }
        registration.checkIn(clock.instant());
        return Optional.of(new AttendeeCheckedIn(UUID.randomUUID(), clock.instant(), id, registrationId,
                registration.participant()));
    }

    /**
     * Records that the event took place, once it is over: people with a seat who did not check in are no-shows.
     */
    public EventHeld markHeld(Clock clock) {
        if (status != EventStatus.PUBLISHED) {
            throw new EventRefusedException(this, "marked as held", "it is " + describe(status));
        }
        if (!details.schedule().hasEndedAt(clock.instant())) {
            throw new EventRefusedException(this, "marked as held", "it is not over yet (it ends "
                    + details.schedule().endsAt().toLocalDateTime() + ")");
        }
        seats.holders().stream().filter(r -> r.holdsSeat() && !r.attended()).forEach(EventRegistration::noShow);
        status = EventStatus.HELD;
        int present = (int) seats.holders().stream().filter(EventRegistration::attended).count();
        int noShows = (int) seats.holders().stream().filter(r -> r.attendance() == Attendance.ABSENT).count();
        return new EventHeld(UUID.randomUUID(), clock.instant(), id, details.kind(), details.start().getYear(),
                present, noShows);
    }

    /** Records what an attendee thought of the event (1 to 5, with a comment); recording again replaces it. */
    public void recordFeedback(EventRegistrationId registrationId, Satisfaction feedback) {
        EventRegistration registration = registration(registrationId)
                .orElseThrow(() -> new UnknownEventRegistrationException(this, registrationId));
        EventRules.feedbackFromAttendees(this, registration);
        registration.giveFeedback(Objects.requireNonNull(feedback, "feedback"));
    }

    /**
     * Erases a person's personal data from their registrations (name, e-mail address, organisation, feedback comment),
     * keeping what the figures need (seat, attendance, member rate, score).
     *
     * @param email the person's e-mail address, in any case
     * @return how many registrations were erased
     */
    public int erasePerson(String email) {
        String key = email.strip().toLowerCase(Locale.ROOT);
        List<EventRegistration> theirs = seats.holders().stream()
                .filter(r -> r.participant().personKey().equals(key)).toList();
        theirs.forEach(EventRegistration::erasePerson);
        return theirs.size();
    }

    /**
     * Erases the personal data of every registration not erased yet, keeping seats, check-ins and scores: what the
     * retention rule does once an event is long over.
     *
     * @return how many registrations were erased
     */
    public int eraseEveryone() {
        List<EventRegistration> remaining = seats.holders().stream()
                .filter(r -> !r.participant().isErased()).toList();
        remaining.forEach(EventRegistration::erasePerson);
        return remaining.size();
    }

    /** Whether a registration still holds someone's personal data. */
    public boolean holdsPersonalData() {
        return seats.holders().stream().anyMatch(r -> !r.participant().isErased());
    }

    /** The event's figures: fill, attendance, members and others, satisfaction. */
    public EventFigures figures() {
        List<EventRegistration> seated = seats.holders().stream().filter(EventRegistration::holdsSeat).toList();
        long present = seated.stream().filter(EventRegistration::attended).count();
        long members = seated.stream().filter(EventRegistration::memberRate).count();
        List<Integer> scores = seated.stream().filter(EventRegistration::attended)
                .flatMap(r -> r.feedback().stream()).map(Satisfaction::score).toList();
        Optional<BigDecimal> attendanceRate = status == EventStatus.HELD && !seated.isEmpty()
                ? Optional.of(percent(present, seated.size())) : Optional.empty();
        Optional<BigDecimal> satisfaction = scores.isEmpty() ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(scores.stream().mapToInt(Integer::intValue).sum())
                        .divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP));
        return new EventFigures(id, capacity(), seated.size(), seats.waiting(), present,
                status == EventStatus.HELD ? seated.size() - present : 0, members, seated.size() - members,
                attendanceRate, satisfaction, scores.size());
    }

    static BigDecimal percent(long part, long whole) {
        return whole == 0 ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /** How staff name it in a message. */
    public String describe() {
        return details.describe();
    }

    private static String describe(EventStatus s) {
        return switch (s) {
            case DRAFT -> "still a draft";
            case PUBLISHED -> "already published";
            case CANCELLED -> "cancelled";
            case HELD -> "already held";
        };
    }

    public Optional<EventRegistration> registration(EventRegistrationId registrationId) {
        return seats.holders().stream().filter(r -> r.id().equals(registrationId)).findFirst();
    }

    /** Every registration, in arrival order, cancelled ones included. */
    public List<EventRegistration> registrations() {
        return seats.holders();
    }

    /** The waitlist, in the order seats will be offered. */
    public List<EventRegistration> waitlist() {
        return seats.waitlist();
    }

    public long confirmedCount() {
        return seats.seated();
    }

    public long waitlistedCount() {
        return seats.waiting();
    }

    public EventId id() {
        return id;
    }

    public EventDetails details() {
        return details;
    }

    public EventKind kind() {
        return details.kind();
    }

    public String title() {
        return details.title();
    }

    public Schedule schedule() {
        return details.schedule();
    }

    public int capacity() {
        return seats.capacity();
    }

    public EventStatus status() {
        return status;
    }

    /** The calendar sequence: 0 when planned, raised when published, revised or cancelled. */
    public int sequence() {
        return sequence;
    }

    public String cancellationReason() {
        return cancellationReason;
    }

    /** The version read from storage; a save with a stale version is refused. */
    public long version() {
        return version;
    }

    @Override
    public String toString() {
        return "Event[" + id + " " + details.title() + " " + status + "]";
    }
}
