package org.filiere.speedmeeting.application;

import static org.filiere.access.AccessPolicy.requireStaff;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.filiere.access.application.BindsCurrentActor;
import org.filiere.event.Event;
import org.filiere.event.EventId;
import org.filiere.event.EventRegistration;
import org.filiere.event.Events;
import org.filiere.privacy.PersonalDataKind;
import org.filiere.privacy.application.ReadsPersonalData;
import org.filiere.speedmeeting.Agenda;
import org.filiere.speedmeeting.AgendaItem;
import org.filiere.speedmeeting.AgendaWriter;
import org.filiere.speedmeeting.Layout;
import org.filiere.speedmeeting.MeetingRequest;
import org.filiere.speedmeeting.OfferMatcher;
import org.filiere.speedmeeting.ParticipantId;
import org.filiere.speedmeeting.RequestStatus;
import org.filiere.speedmeeting.Slot;
import org.filiere.speedmeeting.SpeedMeeting;
import org.filiere.speedmeeting.SpeedMeetingFigures.ParticipantFigures;
import org.filiere.speedmeeting.SpeedMeetingFigures;
import org.filiere.speedmeeting.SpeedMeetings;
import org.filiere.speedmeeting.SpeedParticipant;
import org.filiere.speedmeeting.Suggestion;
import org.filiere.speedmeeting.TablePlan;
import org.filiere.speedmeeting.Timetable;
import org.filiere.speedmeeting.UnknownParticipantException;

/**
 * Speed-meetings as people read them: participants, requests, each participant's agenda (text, HTML, iCalendar),
 * the table plan per round, the figures, and suggestions of whom to meet.
 */
@ApplicationScoped
@BindsCurrentActor
@Transactional
public class SpeedMeetingDirectory {

    private final SpeedMeetings speedMeetings;
    private final Events events;
    private final Supplier<OfferMatcher> matcher;
    private final Clock clock;

    /** The directory with its matching engine given directly. */
    public SpeedMeetingDirectory(SpeedMeetings speedMeetings, Events events, OfferMatcher matcher, Clock clock) {
        this(speedMeetings, events, () -> matcher, clock);
    }

    /**
     * The directory in a CDI container. The matching engine comes from {@code filiere-matching}, which core does not
     * know; it is looked up when suggestions are first asked for, so an application without it still starts.
     */
    @Inject
    public SpeedMeetingDirectory(SpeedMeetings speedMeetings, Events events, Instance<OfferMatcher> matcher,
            Clock clock) {
        this(speedMeetings, events, () -> {
            if (matcher.isUnsatisfied()) {
                throw new IllegalStateException("No matching engine (OfferMatcher) is installed: put "
                        + "filiere-matching on the classpath");
            }
            return matcher.get();
        }, clock);
    }

    private SpeedMeetingDirectory(SpeedMeetings speedMeetings, Events events, Supplier<OfferMatcher> matcher,
            Clock clock) {
        this.speedMeetings = speedMeetings;
        this.events = events;
        this.matcher = matcher;
        this.clock = clock;
    }

    /** For the CDI container's proxies. */
    protected SpeedMeetingDirectory() {
        this(null, null, (Supplier<OfferMatcher>) null, null);
    }

    /** Whether the event has a speed-meeting. */
    public boolean isOpen(EventId event) {
        requireStaff("see whether a speed meeting is open");
        return speedMeetings.find(event).isPresent();
    }

    public Layout layout(EventId event) {
        requireStaff("see a speed meeting's layout");
        return speedMeetings.get(event).layout();
    }

    /** Everyone still taking part, in the order they joined. */
    @ReadsPersonalData(PersonalDataKind.SPEED_MEETING_PARTICIPANTS)
    public List<SpeedParticipant> participants(EventId event) {
        requireStaff("see a speed meeting's participants");
        return speedMeetings.get(event).participants().stream().filter(SpeedParticipant::isPresent).toList();
    }

    /** The participant whose name or e-mail address is given (case does not matter). */
    @ReadsPersonalData(value = PersonalDataKind.SPEED_MEETING_PARTICIPANTS, record = 0)
    public Optional<SpeedParticipant> participantNamed(EventId event, String nameOrEmail) {
        requireStaff("look up a speed meeting participant");
        String wanted = nameOrEmail.strip();
        return participants(event).stream().filter(p -> p.name().equalsIgnoreCase(wanted)
                || p.person().email().equalsIgnoreCase(wanted)).findFirst();
    }

    /** Every request, in the order made. */
    public List<MeetingRequest> requests(EventId event) {
        requireStaff("see a speed meeting's requests");
        return speedMeetings.get(event).requests();
    }

    /** The accepted meetings left without a slot, with the reason. */
    public List<Timetable.Unplaced> unplaced(EventId event) {
        requireStaff("see a speed meeting's unplaced requests");
        return speedMeetings.get(event).unplaced();
    }

    /** A participant's meetings, round by round. */
    public Agenda agenda(EventId event, ParticipantId participant) {
        requireStaff("see a participant's agenda");
        SpeedMeeting s = speedMeetings.get(event);
        SpeedParticipant who = s.participant(participant).orElseThrow(() -> new UnknownParticipantException(
                "participant " + participant + " in the " + s.describe()));
        Event e = events.get(event);
        Layout layout = s.layout();
        List<AgendaItem> items = new ArrayList<>();
        for (MeetingRequest r : s.requests()) {
            if (r.status() != RequestStatus.ACCEPTED || !r.involves(participant) || r.slot().isEmpty()) {
                continue;
            }
            Slot slot = r.slot().get();
            SpeedParticipant other = s.participant(r.other(participant)).orElseThrow();
            items.add(new AgendaItem(r.id(), slot.round(), layout.start(slot.round()), layout.end(slot.round()),
                    slot.table(), other.name(), other.organisation(), r.sequence()));
        }
        items.sort(Comparator.comparingInt(AgendaItem::round));
        return new Agenda(e.title(), e.details().venue().oneLine(), who.name(), who.organisation(), items);
    }

    public String agendaText(EventId event, ParticipantId participant) {
        requireStaff("see a participant's agenda");
        return AgendaWriter.text(agenda(event, participant));
    }

    public String agendaHtml(EventId event, ParticipantId participant) {
        requireStaff("see a participant's agenda");
        return AgendaWriter.html(agenda(event, participant));
    }

    public String agendaIcs(EventId event, ParticipantId participant) {
        requireStaff("see a participant's agenda");
        return AgendaWriter.ics(agenda(event, participant), clock.instant());
    }

    /** Who sits at which table in each round used, for the organisers. */
    public TablePlan tablePlan(EventId event) {
        requireStaff("see a speed meeting's table plan");
        SpeedMeeting s = speedMeetings.get(event);
        Map<Integer, List<TablePlan.Seating>> byRound = new TreeMap<>();
        for (MeetingRequest r : s.requests()) {
            if (r.status() == RequestStatus.ACCEPTED && r.slot().isPresent()) {
                Slot slot = r.slot().get();
                byRound.computeIfAbsent(slot.round(), k -> new ArrayList<>()).add(new TablePlan.Seating(slot.table(),
                        label(s, r.from()), label(s, r.to()), r.locked()));
            }
        }
        List<TablePlan.Round> rounds = new ArrayList<>();
        byRound.forEach((round, seatings) -> {
            seatings.sort(Comparator.comparingInt(TablePlan.Seating::table));
            rounds.add(new TablePlan.Round(round, s.layout().start(round), s.layout().end(round), seatings));
        });
        return new TablePlan(s.eventTitle(), rounds);
    }

    public String tablePlanText(EventId event) {
        requireStaff("see a speed meeting's table plan");
        return AgendaWriter.text(tablePlan(event));
    }

    private static String label(SpeedMeeting s, ParticipantId id) {
        SpeedParticipant p = s.participant(id).orElseThrow();
        return p.organisation().isEmpty() ? p.name() : p.name() + " (" + p.organisation() + ")";
    }

    /**
     * The figures: requests made, accepted, declined, expired, withdrawn; meetings placed and held (both people
     * checked in at the event); the same per participant.
     */
    public SpeedMeetingFigures figures(EventId event) {
        requireStaff("see a speed meeting's figures");
        SpeedMeeting s = speedMeetings.get(event);
        Event e = events.get(event);
        List<MeetingRequest> requests = s.requests();
        List<ParticipantFigures> perParticipant = new ArrayList<>();
        for (SpeedParticipant p : s.participants()) {
            List<MeetingRequest> theirs = requests.stream().filter(r -> r.involves(p.id())).toList();
            perParticipant.add(new ParticipantFigures(p.name(), p.organisation(),
                    theirs.stream().filter(r -> r.from().equals(p.id())).count(),
                    theirs.stream().filter(r -> r.to().equals(p.id())).count(),
                    theirs.stream().filter(r -> r.status() == RequestStatus.ACCEPTED).count(),
                    theirs.stream().filter(r -> held(s, e, r)).count()));
        }
        perParticipant.sort(Comparator.comparing(ParticipantFigures::participant));
        long rounds = requests.stream().filter(r -> r.status() == RequestStatus.ACCEPTED && r.slot().isPresent())
                .map(r -> r.slot().get().round()).distinct().count();
        return new SpeedMeetingFigures(requests.size(), count(requests, RequestStatus.ACCEPTED),
                count(requests, RequestStatus.DECLINED), count(requests, RequestStatus.EXPIRED),
                count(requests, RequestStatus.WITHDRAWN),
                requests.stream().filter(r -> r.status() == RequestStatus.ACCEPTED && r.slot().isPresent()).count(),
                requests.stream().filter(r -> held(s, e, r)).count(), (int) rounds, perParticipant);
    }

    private static long count(List<MeetingRequest> requests, RequestStatus status) {
        return requests.stream().filter(r -> r.status() == status).count();
    }

    private static boolean held(SpeedMeeting s, Event e, MeetingRequest r) {
        return r.status() == RequestStatus.ACCEPTED && r.slot().isPresent() && attended(s, e, r.from())
                && attended(s, e, r.to());
    }

    private static boolean attended(SpeedMeeting s, Event e, ParticipantId p) {
        return s.participant(p).flatMap(sp -> e.registration(sp.registration())).map(EventRegistration::attended)
                .orElse(false);
    }

    /**
     * For one participant, the others whose offer matches what they look for, best first (French analysis of the
     * texts, by the matching engine of {@code filiere-matching}).
     */
    public List<Suggestion> suggestions(EventId event, ParticipantId participant, int most) {
        requireStaff("see meeting suggestions");
        SpeedMeeting s = speedMeetings.get(event);
        List<SpeedParticipant> present = s.participants().stream().filter(SpeedParticipant::isPresent).toList();
        if (present.stream().noneMatch(p -> p.id().equals(participant))) {
            throw new UnknownParticipantException("participant " + participant + " in the " + s.describe());
        }
        return matcher.get().suggest(present, most).getOrDefault(participant, List.of());
    }
}
