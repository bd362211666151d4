package org.filiere.speedmeeting.application;

import static org.filiere.access.AccessPolicy.onOwnRecord;
import static org.filiere.access.AccessPolicy.requireStaff;
import static org.filiere.access.AccessPolicy.requireStaffOrOwner;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.filiere.access.Actor;
import org.filiere.access.application.BindsCurrentActor;
import org.filiere.event.Event;
import org.filiere.event.EventId;
import org.filiere.event.EventKind;
import org.filiere.event.EventRegistration;
import org.filiere.event.Events;
import org.filiere.event.UnknownEventRegistrationException;
import org.filiere.kernel.DomainEvent;
import org.filiere.kernel.DomainEvents;
import org.filiere.kernel.InvalidFieldException;
import org.filiere.member.MemberId;
import org.filiere.speedmeeting.Layout;
import org.filiere.speedmeeting.MeetingExpired;
import org.filiere.speedmeeting.MeetingId;
import org.filiere.speedmeeting.MeetingRequest;
import org.filiere.speedmeeting.ParticipantId;
import org.filiere.speedmeeting.RequestPolicy;
import org.filiere.speedmeeting.SpeedMeeting;
import org.filiere.speedmeeting.SpeedMeetingRefusedException;
import org.filiere.speedmeeting.SpeedMeetings;
import org.filiere.speedmeeting.SpeedParticipant;
import org.filiere.speedmeeting.Timetable;
import org.filiere.speedmeeting.UnknownParticipantException;
import org.filiere.speedmeeting.application.SpeedMeetingCommands.AcceptMeeting;
import org.filiere.speedmeeting.application.SpeedMeetingCommands.ChangeAvailability;
import org.filiere.speedmeeting.application.SpeedMeetingCommands.ChangeLayout;
import org.filiere.speedmeeting.application.SpeedMeetingCommands.DeclineMeeting;
import org.filiere.speedmeeting.application.SpeedMeetingCommands.JoinSpeedMeeting;
import org.filiere.speedmeeting.application.SpeedMeetingCommands.LeaveSpeedMeeting;
import org.filiere.speedmeeting.application.SpeedMeetingCommands.LockMeeting;
import org.filiere.speedmeeting.application.SpeedMeetingCommands.OpenSpeedMeeting;
import org.filiere.speedmeeting.application.SpeedMeetingCommands.RequestMeeting;
import org.filiere.speedmeeting.application.SpeedMeetingCommands.ScheduleMeetings;
import org.filiere.speedmeeting.application.SpeedMeetingCommands.WithdrawMeeting;
import org.filiere.training.Participant;

/**
 * Speed-meetings: opening one, participants, meeting requests and answers, locks and scheduling. Every command holds
 * the speed-meeting for the length of its transaction ({@link SpeedMeetings#getForUpdate}), first marks the requests
 * that expired, and publishes what happened only once the command succeeded: two people answering at once, or a
 * sender asking several people at once, always see each other, and the cap on open requests holds.
 */
@ApplicationScoped
@BindsCurrentActor
@Transactional
public class SpeedMeetingService {

    private final SpeedMeetings speedMeetings;
    private final Events events;
    private final RequestPolicy policy;
    private final DomainEvents domainEvents;
    private final Clock clock;

    @Inject
    public SpeedMeetingService(SpeedMeetings speedMeetings, Events events, RequestPolicy policy,
            DomainEvents domainEvents, Clock clock) {
        this.speedMeetings = speedMeetings;
        this.events = events;
        this.policy = policy;
        this.domainEvents = domainEvents;
        this.clock = clock;
    }

    /** For the CDI container's proxies. */
    protected SpeedMeetingService() {
        this(null, null, null, null, null);
    }

    /** Opens the speed-meeting of a speed-meeting event, with its layout. */
    public void open(OpenSpeedMeeting c) {
        requireStaff(c.actor(), "open a speed-meeting");
        Event event = events.getForUpdate(c.event());
        if (event.kind() != EventKind.SPEED_MEETING) {
            throw new SpeedMeetingRefusedException("The " + event.describe() + " is not a speed-meeting: it cannot "
                    + "hold one-to-one meetings");
        }
        requireWithinEvent(c.layout(), event);
        if (speedMeetings.find(c.event()).isPresent()) {
            throw new SpeedMeetingRefusedException("The speed-meeting of the " + event.describe()
                    + " is already open");
        }
        speedMeetings.save(SpeedMeeting.open(c.event(), event.title(), c.layout(), c.optOut()));
    }

    /** Changes the layout, before the timetable is published. */
    public void changeLayout(ChangeLayout c) {
        requireStaff(c.actor(), "change the layout of a speed-meeting");
        requireWithinEvent(c.layout(), events.get(c.event()));
        change(c.event(), s -> {
            s.changeLayout(c.layout());
            return List.of();
        });
    }

    /** The rounds are held during the event: from its start to its end. */
    private static void requireWithinEvent(Layout layout, Event event) {
        LocalDateTime start = event.details().start();
        LocalDateTime end = event.details().end();
        if (layout.firstRound().isBefore(start) || layout.lastRoundEnd().isAfter(end)) {
            throw new InvalidFieldException("Speed-meeting layout of the " + event.describe(), "rounds",
                    "run from " + layout.firstRound() + " to " + layout.lastRoundEnd() + ", outside the event ("
                            + start + " to " + end + ")");
        }
    }

    /** A person with a seat at the event joins the speed-meeting. */
    public ParticipantId join(JoinSpeedMeeting c) {
        return onOwnRecord(c.actor(), "enter someone in a speed-meeting", () -> {
            Event event = events.get(c.event());
            EventRegistration registration = event.registration(c.registration())
                    .orElseThrow(() -> new UnknownEventRegistrationException(event, c.registration()));
            requireMayActFor(c.actor(), registration.participant(), "enter someone in a speed-meeting");
            if (!registration.holdsSeat()) {
                throw new SpeedMeetingRefusedException(registration.participant().name() + " cannot join the "
                        + "speed-meeting of the " + event.describe() + ": their registration is "
                        + registration.status().name().toLowerCase(Locale.ROOT) + "; only people with a seat "
                        + "take part");
            }
            ParticipantId id = ParticipantId.random();
            change(c.event(), s -> {
                s.join(id, registration.id(), registration.participant(), registration.memberRate(), c.sector(),
                        c.offer(), c.wants(), c.availability(), clock);
                return List.of();
            });
            return id;
        });
    }

    /** A participant changes the rounds they can attend. */
    public void changeAvailability(ChangeAvailability c) {
        onOwnRecord(c.actor(), "change someone's availability", () -> {
            change(c.event(), s -> {
                requireMayActFor(c.actor(), participant(s, c.participant()).person(),
                        "change someone's availability");
                return s.changeAvailability(c.participant(), c.availability(), clock);
            });
        });
    }

    /** A participant leaves; their meetings are called off and the timetable re-scheduled locally. */
    public void leave(LeaveSpeedMeeting c) {
        onOwnRecord(c.actor(), "withdraw someone from a speed-meeting", () -> {
            change(c.event(), s -> {
                requireMayActFor(c.actor(), participant(s, c.participant()).person(), "withdraw someone from a "
                        + "speed-meeting");
                return s.leave(c.participant(), clock);
            });
        });
    }

    /** One participant asks another for a meeting. */
    public MeetingId request(RequestMeeting c) {
        return onOwnRecord(c.actor(), "ask for a meeting", () -> {
            MeetingId id = MeetingId.random();
            change(c.event(), s -> {
                requireMayActFor(c.actor(), participant(s, c.from()).person(), "ask for a meeting");
                return s.request(id, c.from(), c.to(), c.message(), policy, clock);
            });
            return id;
        });
    }

    /** The person asked accepts. */
    public void accept(AcceptMeeting c) {
        onOwnRecord(c.actor(), "accept a meeting", () -> {
            change(c.event(), s -> {
                MeetingRequest r = s.request(c.meeting());
                requireMayActFor(c.actor(), participant(s, r.to()).person(), "accept a meeting");
                return s.accept(c.meeting(), clock);
            });
        });
    }

    /** The person asked declines. */
    public void decline(DeclineMeeting c) {
        onOwnRecord(c.actor(), "decline a meeting", () -> {
            change(c.event(), s -> {
                MeetingRequest r = s.request(c.meeting());
                requireMayActFor(c.actor(), participant(s, r.to()).person(), "decline a meeting");
                return s.decline(c.meeting(), clock);
            });
        });
    }

    /** A request or a meeting is called off by one of the two, or by staff. */
    public void withdraw(WithdrawMeeting c) {
        onOwnRecord(c.actor(), "call off a meeting", () -> {
            change(c.event(), s -> {
                MeetingRequest r = s.request(c.meeting());
                SpeedParticipant from = participant(s, r.from());
                SpeedParticipant to = participant(s, r.to());
                if (!c.actor().isStaff() && !represents(c.actor(), from.person())
                        && !represents(c.actor(), to.person())) {
                    requireMayActFor(c.actor(), from.person(), "call off a meeting");
                }
                return s.withdraw(c.meeting(), c.reason(), clock);
            });
        });
    }

    /** Locks a meeting to a round and table. */
    public void lock(LockMeeting c) {
        requireStaff(c.actor(), "lock a meeting to a table");
        change(c.event(), s -> s.lock(c.meeting(), c.slot(), clock));
    }

    /** Frees a locked meeting. */
    public void unlock(LockMeeting c) {
        requireStaff(c.actor(), "unlock a meeting");
        change(c.event(), s -> {
            s.unlock(c.meeting());
            return List.of();
        });
    }

    /** Places every accepted meeting and publishes the timetable; returns what the scheduler gave. */
    public Timetable schedule(ScheduleMeetings c) {
        requireStaff(c.actor(), "schedule a speed-meeting");
        List<Timetable> result = new ArrayList<>();
        change(c.event(), s -> {
            SpeedMeeting.Scheduled scheduled = s.schedule(clock);
            result.add(scheduled.timetable());
            return List.of(scheduled.scheduled());
        });
        return result.get(0);
    }

    /** Marks as expired the requests of the event that waited past their expiry; returns how many. */
    public int expireOverdue(EventId event) {
        requireStaff("expire overdue meeting requests");
        List<MeetingExpired> expired = new ArrayList<>();
        change(event, s -> List.of(), expired);
        return expired.size();
    }

    private void change(EventId event, Function<SpeedMeeting, List<? extends DomainEvent>> command) {
        change(event, command, new ArrayList<>());
    }

    private void change(EventId event, Function<SpeedMeeting, List<? extends DomainEvent>> command,
            List<MeetingExpired> expiredOut) {
        SpeedMeeting speedMeeting = speedMeetings.getForUpdate(event);
        List<MeetingExpired> expired = speedMeeting.expireOverdue(clock);
        List<? extends DomainEvent> happened = command.apply(speedMeeting);
        speedMeetings.save(speedMeeting);
        expiredOut.addAll(expired);
        expired.forEach(domainEvents::publish);
        happened.forEach(domainEvents::publish);
    }

    private static SpeedParticipant participant(SpeedMeeting s, ParticipantId id) {
        return s.participant(id).orElseThrow(() -> new UnknownParticipantException("participant " + id + " in the "
                + s.describe()));
    }

    private static boolean represents(Actor actor, Participant person) {
        return person.employer().filter(m -> actor.represents(m.value())).isPresent();
    }

    private static void requireMayActFor(Actor actor, Participant person, String action) {
        requireStaffOrOwner(actor, person.employer().map(MemberId::value), action);
    }
}
