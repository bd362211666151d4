package org.filiere.speedmeeting;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.filiere.event.EventId;
import org.filiere.event.EventRegistrationId;
import org.filiere.kernel.DomainEvent;
import org.filiere.kernel.InvalidFieldException;
import org.filiere.kernel.TextLimit;
import org.filiere.training.Participant;
import org.filiere.training.Schedule;

/**
 * The speed-meeting of one event: its layout, its participants, their meeting requests and the timetable. Requests
 * follow the rules below; once the timetable is published, every change (a cancellation, a late acceptance, a
 * participant leaving, a lock) re-schedules locally, and the events returned say which meetings moved.
 *
 * <ul>
 * <li>a request names two different participants still taking part, who have no request between them yet;</li>
 * <li>a sender has at most {@link RequestPolicy#openRequestCap()} requests waiting for an answer;</li>
 * <li>a request unanswered after {@link RequestPolicy#expiry()} expires and can no longer be accepted;</li>
 * <li>in opt-out mode a request is accepted at once, unless the person asked declines it;</li>
 * <li>a locked meeting keeps its round and table; two meetings are never locked to the same slot.</li>
 * </ul>
 */
public final class SpeedMeeting {

    /** The longest message a request carries. */
    public static final int MAX_MESSAGE = 500;
    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Locale.ENGLISH);
    private static final MeetingScheduler SCHEDULER = new MeetingScheduler();

    private final EventId event;
    private final String eventTitle;
    private Layout layout;
    private boolean optOut;
    private Instant publishedAt;
    private final Map<ParticipantId, SpeedParticipant> participants;
    private final List<MeetingRequest> requests;
    private final long version;

    /**
     * Rebuilds a speed-meeting from stored state. New ones come from {@link #open}.
     *
     * @param event        the event it belongs to
     * @param eventTitle   the event's title, for messages
     * @param layout       rounds, tables and times
     * @param optOut       whether requests are accepted by default
     * @param publishedAt  when the timetable was published, if it was
     * @param participants everyone who joined, those who left included
     * @param requests     every request
     * @param version      the stored version, 0 when not yet stored
     */
    public SpeedMeeting(EventId event, String eventTitle, Layout layout, boolean optOut, Optional<Instant> publishedAt,
            Collection<SpeedParticipant> participants, Collection<MeetingRequest> requests, long version) {
        this.event = Objects.requireNonNull(event, "event");
        this.eventTitle = Objects.requireNonNull(eventTitle, "eventTitle");
        this.layout = Objects.requireNonNull(layout, "layout");
        this.optOut = optOut;
        this.publishedAt = publishedAt.orElse(null);
        this.participants = new LinkedHashMap<>();
        participants.forEach(p -> this.participants.put(p.id(), p));
        this.requests = new ArrayList<>(requests);
        this.version = version;
    }

    /** The speed-meeting of a speed-meeting event, before anyone joins. */
    public static SpeedMeeting open(EventId event, String eventTitle, Layout layout, boolean optOut) {
        return new SpeedMeeting(event, eventTitle, layout, optOut, Optional.empty(), List.of(), List.of(), 0);
    }

    /** Changes the rounds, tables or times, before the timetable is published. */
    public void changeLayout(Layout newLayout) {
        if (isPublished()) {
            throw new SpeedMeetingRefusedException("The layout of the " + describe() + " cannot change: its timetable"
                    + " is published; cancel and re-plan the meetings instead");
        }
        layout = Objects.requireNonNull(newLayout, "layout");
    }

    /** Switches opt-out mode (requests accepted unless declined), before any request is made. */
    public void changeMode(boolean newOptOut) {
        if (!requests.isEmpty() && newOptOut != optOut) {
            throw new SpeedMeetingRefusedException("The " + describe() + " cannot switch to "
                    + (newOptOut ? "opt-out" : "opt-in") + " mode: " + requests.size() + " request(s) were made");
        }
        optOut = newOptOut;
    }

    /**
     * A person registered for the event joins the speed-meeting.
     *
     * @param availability the rounds they can attend; empty for every round
     */
    public SpeedParticipant join(ParticipantId id, EventRegistrationId registration, Participant person,
            boolean member, String sector, String offer, String wants, Set<Integer> availability, Clock clock) {
        participants.values().stream().filter(p -> p.isPresent() && (p.registration().equals(registration)
                || p.person().isSamePersonAs(person))).findFirst().ifPresent(p -> {
                    throw new SpeedMeetingRefusedException(person.name() + " already takes part in the "
                            + describe() + " (as " + p.person().email() + ")");
                });
        requireRounds(person.name(), availability);
        SpeedParticipant joined = new SpeedParticipant(id, registration, person, member, sector, offer, wants,
                availability, clock.instant(), Optional.empty());
        participants.put(id, joined);
        return joined;
    }

    private void requireRounds(String who, Set<Integer> availability) {
        for (int round : availability) {
            if (round < 1 || round > layout.rounds()) {
                throw new InvalidFieldException("Speed-meeting participant " + who, "availability",
                        "names round " + round + "; the " + describe() + " has rounds 1 to " + layout.rounds());
            }
        }
    }

    /** Changes the rounds a participant can attend; a published timetable is re-scheduled locally. */
    public List<DomainEvent> changeAvailability(ParticipantId id, Set<Integer> availability, Clock clock) {
        SpeedParticipant p = present(id);
        requireRounds(p.name(), availability);
        participants.put(id, p.withAvailability(availability));
        return rescheduleIfPublished(clock);
    }

    /** A participant leaves: their requests and meetings are withdrawn, and the timetable re-scheduled locally. */
    public List<DomainEvent> leave(ParticipantId id, Clock clock) {
        SpeedParticipant p = present(id);
        Instant now = clock.instant();
        List<DomainEvent> events = new ArrayList<>();
        participants.put(id, p.leaving(now));
        events.add(new ParticipantLeft(UUID.randomUUID(), now, event, id));
        for (MeetingRequest r : requests) {
            if (r.involves(id) && r.status().isLive()) {
                r.close(RequestStatus.WITHDRAWN, now);
                events.add(new MeetingWithdrawn(UUID.randomUUID(), now, event, r.id(), r.from(), r.to(),
                        p.name() + " left"));
            }
        }
        events.addAll(rescheduleIfPublished(clock));
        return events;
    }

    /**
     * One participant asks another for a meeting. In opt-out mode it is accepted at once (and a published timetable
     * gets it locally).
     *
     * @throws SelfMeetingRequestException       when both are the same person
     * @throws UnknownParticipantException       when either does not take part
     * @throws DuplicateMeetingRequestException  when the two already have a request between them
     * @throws OpenRequestCapReachedException    when the sender has too many requests waiting for an answer
     */
    public List<DomainEvent> request(MeetingId id, ParticipantId from, ParticipantId to, String message,
            RequestPolicy policy, Clock clock) {
        if (from.equals(to)) {
            throw new SelfMeetingRequestException(nameOf(from) + " cannot ask themselves for a meeting at the "
                    + describe());
        }
        SpeedParticipant sender = present(from);
        SpeedParticipant receiver = present(to);
        String text = TextLimit.check("Meeting request from " + sender.name() + " to " + receiver.name(), "message",
                message == null ? "" : message.strip(), MAX_MESSAGE);
        requests.stream().filter(r -> r.isBetween(from, to) && r.status() != RequestStatus.EXPIRED
                && r.status() != RequestStatus.WITHDRAWN).findFirst().ifPresent(existing -> {
                    throw new DuplicateMeetingRequestException(sender.name() + " cannot ask " + receiver.name()
                            + " for a meeting at the " + describe() + ": " + nameOf(existing.from()) + " already asked "
                            + nameOf(existing.to()) + " on " + written(existing.requestedAt()) + " and that request is "
                            + existing.status().name().toLowerCase(Locale.ROOT));
                });
        long open = requests.stream().filter(r -> r.from().equals(from) && r.awaitsAnswer()).count();
        if (open >= policy.openRequestCap()) {
            throw new OpenRequestCapReachedException(sender.name() + " cannot ask " + receiver.name()
                    + " for a meeting at the " + describe() + ": " + open + " of their requests already wait for an"
                    + " answer, the most allowed is " + policy.openRequestCap());
        }
        Instant now = clock.instant();
        List<DomainEvent> events = new ArrayList<>();
        MeetingRequest request = new MeetingRequest(id, from, to, text, now,
                optOut ? Optional.empty() : Optional.of(now.plus(policy.expiry())),
                optOut ? RequestStatus.ACCEPTED : RequestStatus.PENDING, optOut, Optional.empty(), Optional.empty(),
                false, 0);
        requests.add(request);
        events.add(new MeetingRequested(UUID.randomUUID(), now, event, id, from, to));
        if (optOut) {
            events.add(new MeetingAccepted(UUID.randomUUID(), now, event, id, from, to, true));
            events.addAll(rescheduleIfPublished(clock));
        }
        return events;
    }

    /**
     * The person asked accepts: the request becomes a meeting (placed locally when the timetable is published).
     *
     * @throws RequestNoLongerOpenException when it expired, was declined or withdrawn, or was already accepted
     */
    public List<DomainEvent> accept(MeetingId id, Clock clock) {
        MeetingRequest r = request(id);
        Instant now = clock.instant();
        boolean confirmsDefault = r.status() == RequestStatus.ACCEPTED && r.acceptedByDefault();
        if (r.status() != RequestStatus.PENDING && !confirmsDefault) {
            throw noLongerOpen(r, "accepted");
        }
        if (r.isOverdueAt(now)) {
            throw new RequestNoLongerOpenException("The meeting request from " + nameOf(r.from()) + " to "
                    + nameOf(r.to()) + " at the " + describe() + " cannot be accepted: it expired on "
                    + written(r.expiresAt().orElseThrow()) + " without an answer");
        }
        r.accept(now);
        List<DomainEvent> events = new ArrayList<>();
        if (!confirmsDefault) {
            events.add(new MeetingAccepted(UUID.randomUUID(), now, event, id, r.from(), r.to(), false));
            events.addAll(rescheduleIfPublished(clock));
        }
        return events;
    }

    /**
     * The person asked declines; in opt-out mode this also undoes an acceptance by default.
     *
     * @throws RequestNoLongerOpenException when it expired, was already declined or withdrawn, or was accepted
     */
    public List<DomainEvent> decline(MeetingId id, Clock clock) {
        MeetingRequest r = request(id);
        if (r.status() != RequestStatus.PENDING && !(r.status() == RequestStatus.ACCEPTED && r.acceptedByDefault())) {
            throw noLongerOpen(r, "declined");
        }
        r.close(RequestStatus.DECLINED, clock.instant());
        List<DomainEvent> events = new ArrayList<>();
        events.add(new MeetingDeclined(UUID.randomUUID(), clock.instant(), event, id, r.from(), r.to()));
        events.addAll(rescheduleIfPublished(clock));
        return events;
    }

    /** Calls off a request or a meeting (either person, or an organiser, may); a published timetable is updated. */
    public List<DomainEvent> withdraw(MeetingId id, String reason, Clock clock) {
        MeetingRequest r = request(id);
        if (!r.status().isLive()) {
            throw noLongerOpen(r, "withdrawn");
        }
        r.close(RequestStatus.WITHDRAWN, clock.instant());
        List<DomainEvent> events = new ArrayList<>();
        events.add(new MeetingWithdrawn(UUID.randomUUID(), clock.instant(), event, id, r.from(), r.to(),
                reason == null || reason.isBlank() ? "called off" : reason.strip()));
        events.addAll(rescheduleIfPublished(clock));
        return events;
    }

    /** Marks as expired every request that waited for an answer past its expiry. */
    public List<MeetingExpired> expireOverdue(Clock clock) {
        Instant now = clock.instant();
        List<MeetingExpired> expired = new ArrayList<>();
        for (MeetingRequest r : requests) {
            if (r.isOverdueAt(now)) {
                r.close(RequestStatus.EXPIRED, now);
                expired.add(new MeetingExpired(UUID.randomUUID(), now, event, r.id(), r.from(), r.to()));
            }
        }
        return expired;
    }

    /**
     * Locks an accepted meeting to a round and table: the scheduler never moves it.
     *
     * @throws SlotTakenException   when another meeting is locked to that slot
     * @throws LockRefusedException when the meeting is not accepted, the slot is outside the layout, one of the two
     *                              cannot attend that round or has another locked meeting in it
     */
    public List<DomainEvent> lock(MeetingId id, Slot slot, Clock clock) {
        MeetingRequest r = request(id);
        String what = "The meeting of " + nameOf(r.from()) + " and " + nameOf(r.to()) + " cannot be locked to " + slot
                + " at the " + describe() + ": ";
        if (r.status() != RequestStatus.ACCEPTED) {
            throw new LockRefusedException(what + "it is " + r.status().name().toLowerCase(Locale.ROOT)
                    + ", only accepted meetings are placed");
        }
        if (slot.round() > layout.rounds() || slot.table() > layout.tables()) {
            throw new LockRefusedException(what + "the layout has rounds 1 to " + layout.rounds() + " and tables 1 to "
                    + layout.tables());
        }
        for (MeetingRequest other : requests) {
            if (other == r || !other.locked()) {
                continue;
            }
            Slot at = other.slot().orElseThrow();
            if (at.equals(slot)) {
                throw new SlotTakenException(what + "the meeting of " + nameOf(other.from()) + " and "
                        + nameOf(other.to()) + " is already locked there");
            }
            if (at.round() == slot.round() && (other.involves(r.from()) || other.involves(r.to()))) {
                ParticipantId both = other.involves(r.from()) ? r.from() : r.to();
                throw new LockRefusedException(what + nameOf(both) + " already has a meeting locked in round "
                        + slot.round() + " (with " + nameOf(other.other(both)) + ")");
            }
        }
        for (ParticipantId p : List.of(r.from(), r.to())) {
            if (!participants.get(p).canAttend(slot.round())) {
                throw new LockRefusedException(what + nameOf(p) + " cannot attend round " + slot.round());
            }
        }
        boolean moves = !r.slot().equals(Optional.of(slot));
        r.lock(slot);
        if (moves && isPublished()) {
            return reschedule(clock, Set.of(r.id()));
        }
        return List.of();
    }

    /** Frees a locked meeting: the scheduler may move it from now on. */
    public void unlock(MeetingId id) {
        request(id).unlock();
    }

    /**
     * Places every accepted meeting (the full scheduler: as few rounds as it can, gaps reduced) and publishes the
     * timetable. Scheduling again later starts afresh, keeping only the locks.
     */
    public Scheduled schedule(Clock clock) {
        SchedulingProblem problem = problem();
        Timetable timetable = SCHEDULER.schedule(problem);
        boolean wasPublished = isPublished();
        apply(timetable, wasPublished);
        publishedAt = clock.instant();
        return new Scheduled(timetable, new SpeedMeetingScheduled(UUID.randomUUID(), clock.instant(), event,
                timetable.placements().size(), timetable.unplaced().size(), timetable.roundsUsed(),
                timetable.lowerBound()));
    }

    /**
     * A timetable and the event of its publication.
     *
     * @param timetable what the scheduler gave
     * @param scheduled what happened
     */
    public record Scheduled(Timetable timetable, SpeedMeetingScheduled scheduled) {
    }

    private List<DomainEvent> rescheduleIfPublished(Clock clock) {
        return isPublished() ? reschedule(clock, Set.of()) : List.of();
    }

    private List<DomainEvent> reschedule(Clock clock, Set<MeetingId> lockedNow) {
        Map<MeetingId, Slot> previous = new HashMap<>();
        for (MeetingRequest r : requests) {
            if (r.status() == RequestStatus.ACCEPTED && !lockedNow.contains(r.id())) {
                r.slot().ifPresent(s -> previous.put(r.id(), s));
            }
        }
        Map<MeetingId, Optional<Slot>> before = new HashMap<>();
        requests.forEach(r -> before.put(r.id(), r.slot()));
        Timetable timetable = SCHEDULER.reschedule(problem(), previous);
        apply(timetable, true);
        Set<MeetingId> moved = new HashSet<>(timetable.moved());
        Set<MeetingId> newlyPlaced = new HashSet<>();
        for (MeetingRequest r : requests) {
            Optional<Slot> was = before.get(r.id());
            if (r.slot().isPresent() && !r.slot().equals(was)) {
                if (was.isPresent()) {
                    moved.add(r.id());
                } else {
                    newlyPlaced.add(r.id());
                }
            }
        }
        return List.of(new SpeedMeetingRescheduled(UUID.randomUUID(), clock.instant(), event, moved, newlyPlaced,
                timetable.unplaced().size()));
    }

    private void apply(Timetable timetable, boolean published) {
        for (MeetingRequest r : requests) {
            if (r.status() == RequestStatus.ACCEPTED) {
                r.place(Optional.ofNullable(timetable.placements().get(r.id())), published);
            }
        }
    }

    /** What the scheduler is asked now: the accepted meetings of people still taking part, their rounds, the locks. */
    public SchedulingProblem problem() {
        List<MeetingPair> meetings = new ArrayList<>();
        Map<MeetingId, Slot> locks = new HashMap<>();
        Map<ParticipantId, Set<Integer>> availability = new HashMap<>();
        Map<ParticipantId, String> names = new HashMap<>();
        for (MeetingRequest r : requests) {
            if (r.status() != RequestStatus.ACCEPTED) {
                continue;
            }
            meetings.add(new MeetingPair(r.id(), r.from(), r.to()));
            if (r.locked()) {
                locks.put(r.id(), r.slot().orElseThrow());
            }
            for (ParticipantId p : List.of(r.from(), r.to())) {
                SpeedParticipant who = participants.get(p);
                availability.put(p, who.roundsWithin(layout));
                names.put(p, who.name());
            }
        }
        return new SchedulingProblem(layout.rounds(), layout.tables(), availability, meetings, locks, names);
    }

    /** The reasons the meetings without a slot could not be placed, as the scheduler gives them now. */
    public List<Timetable.Unplaced> unplaced() {
        if (!isPublished()) {
            return List.of();
        }
        SchedulingProblem problem = problem();
        Map<MeetingId, Slot> current = new HashMap<>();
        requests.stream().filter(r -> r.status() == RequestStatus.ACCEPTED)
                .forEach(r -> r.slot().ifPresent(s -> current.put(r.id(), s)));
        return SCHEDULER.reschedule(problem, current).unplaced();
    }

    private RequestNoLongerOpenException noLongerOpen(MeetingRequest r, String attempted) {
        String state = switch (r.status()) {
            case PENDING -> "it still waits for an answer";
            case ACCEPTED -> "it was already accepted" + r.answeredAt().map(a -> " on " + written(a)).orElse("");
            case DECLINED -> "it was declined" + r.answeredAt().map(a -> " on " + written(a)).orElse("");
            case EXPIRED -> "it expired" + r.expiresAt().map(a -> " on " + written(a)).orElse("")
                    + " without an answer";
            case WITHDRAWN -> "it was withdrawn" + r.answeredAt().map(a -> " on " + written(a)).orElse("");
        };
        return new RequestNoLongerOpenException("The meeting request from " + nameOf(r.from()) + " to "
                + nameOf(r.to()) + " at the " + describe() + " cannot be " + attempted + ": " + state);
    }

    private static String written(Instant at) {
        return at.atZone(Schedule.ZONE).format(WRITTEN);
    }

    private SpeedParticipant present(ParticipantId id) {
        SpeedParticipant p = participants.get(id);
        if (p == null) {
            throw new UnknownParticipantException("participant " + id + " in the " + describe());
        }
        if (!p.isPresent()) {
            throw new UnknownParticipantException("participant " + p.name() + " still taking part in the "
                    + describe() + " (they left on " + written(p.leftAt().orElseThrow()) + ")");
        }
        return p;
    }

    private String nameOf(ParticipantId id) {
        SpeedParticipant p = participants.get(id);
        return p == null ? "participant " + id : p.name();
    }

    /**
     * Erases a person's personal data: their name, e-mail address and organisation, what they offer and look for, and
     * the messages they sent; their meetings stay, so that the figures and the others' agendas hold.
     *
     * @param email the person's e-mail address, in any case
     * @return how many participants were erased
     */
    public int erasePerson(String email) {
        String key = email.strip().toLowerCase(Locale.ROOT);
        List<SpeedParticipant> theirs = participants.values().stream()
                .filter(p -> p.person().personKey().equals(key)).toList();
        for (SpeedParticipant p : theirs) {
            participants.put(p.id(), p.erased());
            requests.stream().filter(r -> r.from().equals(p.id())).forEach(MeetingRequest::eraseMessage);
        }
        return theirs.size();
    }

    /**
     * Erases every participant's profile and request messages not erased yet, keeping the meetings: what the retention
     * rule does once the event is long over.
     *
     * @return how many profiles were erased
     */
    public int eraseEveryone() {
        List<SpeedParticipant> remaining = participants.values().stream()
                .filter(p -> !p.person().isErased()).toList();
        for (SpeedParticipant p : remaining) {
            participants.put(p.id(), p.erased());
        }
        requests.forEach(MeetingRequest::eraseMessage);
        return remaining.size();
    }

    /** The request with this id. */
    public MeetingRequest request(MeetingId id) {
        return requests.stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new UnknownMeetingRequestException(id, describe()));
    }

    /** The participant with this id, present or not. */
    public Optional<SpeedParticipant> participant(ParticipantId id) {
        return Optional.ofNullable(participants.get(id));
    }

    /** The participant who joined with this event registration, present or not. */
    public Optional<SpeedParticipant> participantRegisteredAs(EventRegistrationId registration) {
        return participants.values().stream().filter(p -> p.registration().equals(registration))
                .reduce((a, b) -> b);
    }

    /** Every participant, in the order they joined, those who left included. */
    public List<SpeedParticipant> participants() {
        return List.copyOf(participants.values());
    }

    /** Every request, in the order made. */
    public List<MeetingRequest> requests() {
        return List.copyOf(requests);
    }

    /** How staff name it. */
    public String describe() {
        return "speed-meeting \"" + eventTitle + "\"";
    }

    public EventId event() {
        return event;
    }

    public String eventTitle() {
        return eventTitle;
    }

    public Layout layout() {
        return layout;
    }

    public boolean optOut() {
        return optOut;
    }

    public Optional<Instant> publishedAt() {
        return Optional.ofNullable(publishedAt);
    }

    public boolean isPublished() {
        return publishedAt != null;
    }

    public long version() {
        return version;
    }
}
