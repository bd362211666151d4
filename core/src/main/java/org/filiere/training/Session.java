package org.filiere.training;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.filiere.kernel.DomainEvent;
import org.filiere.kernel.NotFoundException;
import org.filiere.kernel.TextLimit;
import org.filiere.seating.Seats;

/**
 * A session of a course: when and where it is held, who speaks, how many seats it has, and the registrations it
 * took. It enforces the registration rules ({@link RegistrationRules}) and returns the events that say what
 * happened. Every change to what a calendar shows raises its {@link #sequence()}.
 */
public final class Session {

    /** The most seats a session may have. */
    public static final int MAX_CAPACITY = 10_000;

    private final SessionId id;
    private final CourseId courseId;
    private SessionPlan plan;
    private SessionStatus status;
    private int sequence;
    private String cancellationReason;
    private final Optional<ExternalReference> externalReference;
    private final Seats<Registration> seats;
    private final long version;

    /**
     * Rebuilds a session from stored state. New sessions come from {@link #schedule}.
     *
     * @param id                 identity
     * @param courseId           the course it is a session of
     * @param plan               when, where, who speaks, prices, deadline
     * @param capacity           how many seats
     * @param status             where it stands
     * @param sequence           the calendar sequence number, raised on each change a calendar shows
     * @param cancellationReason why it was cancelled, empty otherwise
     * @param externalReference  its id in an outside organisation's catalogue, if it came from one
     * @param registrations      its registrations, in any order
     * @param version            the stored version, for optimistic locking; 0 when not yet stored
     */
    public Session(SessionId id, CourseId courseId, SessionPlan plan, int capacity, SessionStatus status,
            int sequence, String cancellationReason, Optional<ExternalReference> externalReference,
            List<Registration> registrations, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.courseId = Objects.requireNonNull(courseId, "courseId");
        this.plan = Objects.requireNonNull(plan, "plan");
        this.seats = new Seats<>(requireCapacity(capacity, plan), registrations);
        this.status = Objects.requireNonNull(status, "status");
        this.sequence = sequence;
        this.cancellationReason = cancellationReason == null ? "" : cancellationReason.strip();
        this.externalReference = Objects.requireNonNull(externalReference, "externalReference");
        this.version = version;
    }

    /**
     * A new session and the event that announces it. It starts as a draft; {@link #open} opens registrations.
     */
    public static Scheduled schedule(SessionId id, CourseId courseId, SessionPlan plan, int capacity,
            Optional<ExternalReference> externalReference, Clock clock) {
        Session session = new Session(id, courseId, plan, capacity, SessionStatus.DRAFT, 0, "", externalReference,
                List.of(), 0);
        return new Scheduled(session, new SessionScheduled(UUID.randomUUID(), clock.instant(), id, courseId,
                plan.schedule(), capacity));
    }

    /**
     * A new session and the event of its scheduling.
     *
     * @param session the session
     * @param event   what happened
     */
    public record Scheduled(Session session, SessionScheduled event) {
    }

    /**
     * A new registration and the event that says whether it got a seat ({@link RegistrationConfirmed}) or a place
     * on the waitlist ({@link RegistrationWaitlisted}).
     *
     * @param registration the registration
     * @param event        what happened
     */
    public record Registered(Registration registration, DomainEvent event) {

        /** The place on the waitlist, from 1; empty when the registration got a seat. */
        public Optional<Integer> waitlistPosition() {
            return event instanceof RegistrationWaitlisted w ? Optional.of(w.position()) : Optional.empty();
        }
    }

    private static int requireCapacity(int capacity, SessionPlan plan) {
        if (capacity < 1 || capacity > MAX_CAPACITY) {
            throw new InvalidTrainingDataException("Session on " + plan.schedule(), "capacity",
                    "must be between 1 and " + MAX_CAPACITY + " seats, not " + capacity);
        }
        return capacity;
    }

    /**
     * Opens registrations of a draft or closed session that has not started. Calendars show it confirmed from then
     * on, so its sequence is raised.
     */
    public SessionOpened open(Clock clock) {
        if (status != SessionStatus.DRAFT && status != SessionStatus.CLOSED) {
            throw new SessionRefusedException(this, "opened", "it is " + describe(status));
        }
        if (plan.schedule().hasStartedAt(clock.instant())) {
            throw new SessionRefusedException(this, "opened", "it has already started");
        }
        status = RegistrationRules.seatRemains(this) ? SessionStatus.OPEN : SessionStatus.FULL;
        sequence++;
        return new SessionOpened(UUID.randomUUID(), clock.instant(), id, plan.schedule());
    }

    /**
     * Closes registrations; the session and its registrations are kept, and it can still be held. Its sequence is
     * raised: a draft closed shows as confirmed, an open session closed leaves the feed of open sessions.
     */
    public SessionClosed close(String reason, Clock clock) {
        if (!status.canClose()) {
            throw new SessionRefusedException(this, "closed", "it is " + describe(status));
        }
        status = SessionStatus.CLOSED;
        sequence++;
        return new SessionClosed(UUID.randomUUID(), clock.instant(), id, reason == null ? "" : reason.strip());
    }

    /** Calls the session off. Its registrations are kept, so that the people concerned can be told. */
    public SessionCancelled cancel(String reason, Clock clock) {
        if (!status.isLive()) {
            throw new SessionRefusedException(this, "cancelled", "it is " + describe(status));
        }
        cancellationReason = TextLimit.check("Cancellation of the " + describeForPeople(), "reason",
                reason == null ? "" : reason.strip(), TextLimit.BRIEF);
        status = SessionStatus.CANCELLED;
        sequence++;
        List<RegistrationId> affected = seats.holders().stream().filter(r -> r.status().isActive())
                .map(Registration::id).toList();
        return new SessionCancelled(UUID.randomUUID(), clock.instant(), id, cancellationReason, affected);
    }

    /**
     * Changes what is announced (time, venue, speakers, prices, deadline). Returns the event when anything
     * changed; nothing changes otherwise.
     */
    public Optional<SessionRevised> revise(SessionPlan newPlan, Clock clock) {
        Objects.requireNonNull(newPlan, "plan");
        if (newPlan.equals(plan)) {
            return Optional.empty();
        }
        if (!status.isLive()) {
            throw new SessionRefusedException(this, "changed", "it is " + describe(status));
        }
        plan = newPlan;
        sequence++;
        return Optional.of(new SessionRevised(UUID.randomUUID(), clock.instant(), id, sequence));
    }

    /** The course's title or objectives changed: calendars must show it again. */
    public Optional<SessionRevised> courseChanged(Clock clock) {
        if (!status.isLive()) {
            return Optional.empty();
        }
        sequence++;
        return Optional.of(new SessionRevised(UUID.randomUUID(), clock.instant(), id, sequence));
    }

    /**
     * Changes the number of seats. It cannot go below the confirmed registrations; new seats go to the waitlist,
     * first come first served.
     *
     * @return the promotions the new seats made
     */
    public List<RegistrationPromoted> changeCapacity(int newCapacity, Clock clock) {
        requireCapacity(newCapacity, plan);
        if (!status.isLive()) {
            throw new SessionRefusedException(this, "given another number of seats", "it is " + describe(status));
        }
        if (!seats.canResizeTo(newCapacity)) {
            throw new SessionRefusedException(this, "reduced to " + newCapacity + " seats",
                    confirmedCount() + " registrations are already confirmed");
        }
        seats.resize(newCapacity);
        List<RegistrationPromoted> promoted = new ArrayList<>();
        seats.fillFreeSeats(next -> promoted.add(promote(next, Optional.empty(), clock)));
        followSeats();
        return promoted;
    }

    /**
     * Registers a person: confirmed while seats remain, waitlisted after that, in arrival order.
     *
     * @param registrationId the new registration's id
     * @param participant    who registers
     * @param memberRate     whether the person works for a member of the session's year (and pays the member
     *                       price)
     * @throws RegistrationRefusedException when the session is not open, the deadline has passed, the session has
     *                                      started or the person already holds a registration on it
     */
    public Registered register(RegistrationId registrationId, Participant participant, boolean memberRate,
            Clock clock) {
        RegistrationRules.sessionAcceptsRegistrations(this, participant);
        Instant now = clock.instant();
        RegistrationRules.beforeDeadline(this, participant, LocalDate.ofInstant(now, Schedule.ZONE));
        RegistrationRules.notStarted(this, participant, now);
        RegistrationRules.notAlreadyRegistered(this, participant);
        int arrival = seats.nextArrival();
        boolean seat = RegistrationRules.seatRemains(this);
        Registration registration = new Registration(registrationId, participant, arrival, now,
                plan.prices().forMember(memberRate),
                seat ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITLISTED,
                Optional.empty(), Optional.empty(), Attendance.NOT_RECORDED, Optional.empty());
        seats.add(registration);
        followSeats();
        DomainEvent event = seat
                ? new RegistrationConfirmed(UUID.randomUUID(), now, id, registrationId, participant)
                : new RegistrationWaitlisted(UUID.randomUUID(), now, id, registrationId, participant,
                        (int) waitlistedCount());
        return new Registered(registration, event);
    }

    /**
     * Cancels a registration. When it held a seat, the first person on the waitlist gets the seat.
     *
     * @return the cancellation, then the promotion if there was one
     */
    public List<DomainEvent> cancelRegistration(RegistrationId registrationId, Clock clock) {
        Registration registration = registration(registrationId)
                .orElseThrow(() -> new NotFoundException("registration " + registrationId + " on the "
                        + describeForPeople()));
        RegistrationRules.cancellable(this, registration, clock.instant());
        RegistrationStatus previous = registration.status();
        registration.cancel(clock.instant());
        List<DomainEvent> events = new ArrayList<>();
        events.add(new RegistrationCancelled(UUID.randomUUID(), clock.instant(), id, registrationId,
                registration.participant(), previous));
        if (previous == RegistrationStatus.CONFIRMED) {
            RegistrationRules.nextToPromote(this)
                    .ifPresent(next -> events.add(promote(next, Optional.of(registrationId), clock)));
        }
        followSeats();
        return events;
    }

    private RegistrationPromoted promote(Registration next, Optional<RegistrationId> freedBy, Clock clock) {
        next.promote(clock.instant());
        return new RegistrationPromoted(UUID.randomUUID(), clock.instant(), id, next.id(), next.participant(),
                freedBy);
    }

    private void followSeats() {
        if (status.acceptsRegistrations()) {
            status = RegistrationRules.seatRemains(this) ? SessionStatus.OPEN : SessionStatus.FULL;
        }
    }

    /**
     * Records who came, once the session is over. Only confirmed registrations can be marked; the ones not
     * listed keep what they had. The session counts as held from then on; recording again corrects it.
     */
    public AttendanceRecorded recordAttendance(Map<RegistrationId, Attendance> marks, Clock clock) {
        if (status == SessionStatus.DRAFT || status == SessionStatus.CANCELLED) {
            throw new SessionRefusedException(this, "marked as held", "it is " + describe(status));
        }
        if (!plan.schedule().hasEndedAt(clock.instant())) {
            throw new SessionRefusedException(this, "marked as held",
                    "it is not over yet; attendance is recorded after the session");
        }
        marks.forEach((registrationId, attendance) -> {
            Registration r = registration(registrationId).orElseThrow(() -> new NotFoundException(
                    "registration " + registrationId + " on the " + describeForPeople()));
            if (!r.isConfirmed()) {
                throw new SessionRefusedException(this, "marked as attended by " + r.participant().name(),
                        "their registration is " + r.status().name().toLowerCase(Locale.ROOT)
                                + "; only confirmed participants attend");
            }
            if (attendance == Attendance.NOT_RECORDED) {
                throw new SessionRefusedException(this, "marked for " + r.participant().name(),
                        "say whether they were present or absent");
            }
        });
        marks.forEach((registrationId, attendance) -> registration(registrationId).orElseThrow().attend(attendance));
        boolean first = status != SessionStatus.HELD;
        status = SessionStatus.HELD;
        long present = seats.holders().stream().filter(Registration::attended).count();
        long absent = seats.holders().stream().filter(r -> r.attendance() == Attendance.ABSENT).count();
        return new AttendanceRecorded(UUID.randomUUID(), clock.instant(), id, (int) present, (int) absent, first);
    }

    /** Records how satisfied an attendee was; only people who attended can rate a session. */
    public void recordSatisfaction(RegistrationId registrationId, Satisfaction satisfaction) {
        Registration r = registration(registrationId).orElseThrow(() -> new NotFoundException(
                "registration " + registrationId + " on the " + describeForPeople()));
        if (!r.attended()) {
            throw new SessionRefusedException(this, "rated by " + r.participant().name(),
                    "only people recorded as present can rate it");
        }
        r.rate(Objects.requireNonNull(satisfaction, "satisfaction"));
    }

    /** The session's figures: fill rate, attendance rate, average satisfaction. */
    public SessionFigures figures() {
        long confirmed = confirmedCount();
        long present = seats.holders().stream().filter(Registration::attended).count();
        List<Integer> scores = seats.holders().stream().filter(Registration::attended)
                .flatMap(r -> r.satisfaction().stream()).map(Satisfaction::score).toList();
        Optional<BigDecimal> attendanceRate = status == SessionStatus.HELD && confirmed > 0
                ? Optional.of(percent(present, confirmed)) : Optional.empty();
        Optional<BigDecimal> satisfaction = scores.isEmpty() ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(scores.stream().mapToInt(Integer::intValue).sum())
                        .divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP));
        return new SessionFigures(id, capacity(), confirmed, waitlistedCount(), present,
                percent(confirmed, capacity()), attendanceRate, satisfaction, scores.size());
    }

    static BigDecimal percent(long part, long whole) {
        return whole == 0 ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /** How people name the session in a message: its date, time and venue. */
    public String describeForPeople() {
        return "session of " + plan.schedule() + " at " + plan.venue().name() + ", " + plan.venue().commune();
    }

    private static String describe(SessionStatus s) {
        return switch (s) {
            case DRAFT -> "still a draft";
            case OPEN -> "already open";
            case FULL -> "open and full";
            case CLOSED -> "already closed";
            case CANCELLED -> "cancelled";
            case HELD -> "already held";
        };
    }

    public Optional<Registration> registration(RegistrationId registrationId) {
        return seats.holders().stream().filter(r -> r.id().equals(registrationId)).findFirst();
    }

    /**
     * Erases a person's personal data from their registrations (name, e-mail address, organisation, satisfaction
     * comment), keeping what the figures need (seat, attendance, score).
     *
     * @param email the person's e-mail address, in any case
     * @return how many registrations were erased
     */
    public int erasePerson(String email) {
        String key = email.strip().toLowerCase(Locale.ROOT);
        List<Registration> theirs = seats.holders().stream()
                .filter(r -> r.participant().personKey().equals(key)).toList();
        theirs.forEach(Registration::erasePerson);
        return theirs.size();
    }

    /**
     * Erases a speaker from the programme ({@link Speaker#erased()}), whoever else has the same name; the calendar
     * entry's sequence is raised so that calendars show it.
     *
     * @return how many of the session's speakers were that person
     */
    public int eraseSpeaker(SpeakerId person) {
        Objects.requireNonNull(person, "person");
        long theirs = plan.speakers().stream().filter(s -> s.is(person)).count();
        if (theirs > 0) {
            plan = new SessionPlan(plan.schedule(), plan.venue(),
                    plan.speakers().stream().map(s -> s.is(person) ? s.erased() : s).toList(), plan.prices(),
                    plan.registrationDeadline());
            sequence++;
        }
        return (int) theirs;
    }

    /**
     * Erases the personal data of every registration not erased yet, keeping seats, attendance and scores: what the
     * retention rule does once a session is long over.
     *
     * @return how many registrations were erased
     */
    public int eraseEveryone() {
        List<Registration> remaining = seats.holders().stream().filter(r -> !r.participant().isErased()).toList();
        remaining.forEach(Registration::erasePerson);
        return remaining.size();
    }

    /** Whether a registration still holds someone's personal data. */
    public boolean holdsPersonalData() {
        return seats.holders().stream().anyMatch(r -> !r.participant().isErased());
    }

    /** Every registration, in arrival order, cancelled ones included. */
    public List<Registration> registrations() {
        return seats.holders();
    }

    /** The waitlist, in the order seats will be offered. */
    public List<Registration> waitlist() {
        return seats.waitlist();
    }

    public long confirmedCount() {
        return seats.seated();
    }

    public long waitlistedCount() {
        return seats.waiting();
    }

    /** Its seats and waitlist, for the registration rules. */
    Seats<Registration> seats() {
        return seats;
    }

    public SessionId id() {
        return id;
    }

    public CourseId courseId() {
        return courseId;
    }

    public SessionPlan plan() {
        return plan;
    }

    public Schedule schedule() {
        return plan.schedule();
    }

    public Venue venue() {
        return plan.venue();
    }

    public List<Speaker> speakers() {
        return plan.speakers();
    }

    public Prices prices() {
        return plan.prices();
    }

    public LocalDate registrationDeadline() {
        return plan.registrationDeadline();
    }

    public int capacity() {
        return seats.capacity();
    }

    public SessionStatus status() {
        return status;
    }

    /**
     * The calendar sequence number: 0 when scheduled, raised on each change a calendar shows: opened, closed,
     * revised (or its course changed), cancelled. A session opened as it is scheduled is therefore at 1.
     */
    public int sequence() {
        return sequence;
    }

    public String cancellationReason() {
        return cancellationReason;
    }

    public Optional<ExternalReference> externalReference() {
        return externalReference;
    }

    /** The version read from storage; a save with a stale version is refused. */
    public long version() {
        return version;
    }

    @Override
    public String toString() {
        return "Session[" + id + " " + plan.schedule() + " " + status + "]";
    }
}
