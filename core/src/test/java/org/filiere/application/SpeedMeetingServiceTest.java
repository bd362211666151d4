package org.filiere.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.filiere.fixtures.EventFixtures.aLayoutOn;
import static org.filiere.fixtures.EventFixtures.aSpeedMeetingOn;
import static org.filiere.fixtures.EventFixtures.aThematicMeetingOn;
import static org.filiere.fixtures.Fixtures.aStaffMember;
import static org.filiere.fixtures.TrainingFixtures.anOutsider;

import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

import org.filiere.access.Actor;
import org.filiere.event.EventId;
import org.filiere.event.application.EventCommands.CheckIn;
import org.filiere.event.application.EventCommands.MarkEventHeld;
import org.filiere.event.application.EventCommands.PlanEvent;
import org.filiere.event.application.EventCommands.PublishEvent;
import org.filiere.event.application.EventCommands.RegisterForEvent;
import org.filiere.event.application.EventRegistrationOutcome;
import org.filiere.event.application.EventService;
import org.filiere.fixtures.InMemoryEvents;
import org.filiere.fixtures.InMemoryMembers;
import org.filiere.fixtures.InMemoryPartnerOrganisations;
import org.filiere.fixtures.InMemorySpeedMeetings;
import org.filiere.fixtures.MutableClock;
import org.filiere.fixtures.RecordedEvents;
import org.filiere.kernel.InvalidFieldException;
import org.filiere.privacy.RetentionPolicy;
import org.filiere.speedmeeting.Agenda;
import org.filiere.speedmeeting.DuplicateMeetingRequestException;
import org.filiere.speedmeeting.Layout;
import org.filiere.speedmeeting.LockRefusedException;
import org.filiere.speedmeeting.MeetingAccepted;
import org.filiere.speedmeeting.MeetingDeclined;
import org.filiere.speedmeeting.MeetingExpired;
import org.filiere.speedmeeting.MeetingId;
import org.filiere.speedmeeting.MeetingRequested;
import org.filiere.speedmeeting.MeetingWithdrawn;
import org.filiere.speedmeeting.OpenRequestCapReachedException;
import org.filiere.speedmeeting.ParticipantId;
import org.filiere.speedmeeting.ParticipantLeft;
import org.filiere.speedmeeting.RequestNoLongerOpenException;
import org.filiere.speedmeeting.RequestPolicy;
import org.filiere.speedmeeting.RequestStatus;
import org.filiere.speedmeeting.SelfMeetingRequestException;
import org.filiere.speedmeeting.Slot;
import org.filiere.speedmeeting.SlotTakenException;
import org.filiere.speedmeeting.SpeedMeetingFigures;
import org.filiere.speedmeeting.SpeedMeetingRefusedException;
import org.filiere.speedmeeting.SpeedMeetingRescheduled;
import org.filiere.speedmeeting.SpeedMeetingScheduled;
import org.filiere.speedmeeting.TablePlan;
import org.filiere.speedmeeting.Timetable;
import org.filiere.speedmeeting.UnknownParticipantException;
import org.filiere.speedmeeting.application.SpeedMeetingCommands.AcceptMeeting;
import org.filiere.speedmeeting.application.SpeedMeetingCommands.DeclineMeeting;
import org.filiere.speedmeeting.application.SpeedMeetingCommands.JoinSpeedMeeting;
import org.filiere.speedmeeting.application.SpeedMeetingCommands.LeaveSpeedMeeting;
import org.filiere.speedmeeting.application.SpeedMeetingCommands.LockMeeting;
import org.filiere.speedmeeting.application.SpeedMeetingCommands.OpenSpeedMeeting;
import org.filiere.speedmeeting.application.SpeedMeetingCommands.RequestMeeting;
import org.filiere.speedmeeting.application.SpeedMeetingCommands.ScheduleMeetings;
import org.filiere.speedmeeting.application.SpeedMeetingCommands.WithdrawMeeting;
import org.filiere.speedmeeting.application.EventPersonalData;
import org.filiere.speedmeeting.application.EventRetention;
import org.filiere.speedmeeting.application.SpeedMeetingDirectory;
import org.filiere.speedmeeting.application.SpeedMeetingProducers;
import org.filiere.speedmeeting.application.SpeedMeetingService;
import org.junit.jupiter.api.Test;

class SpeedMeetingServiceTest {

    private static final LocalDate DAY = LocalDate.of(2025, 6, 12);
    private static final RequestPolicy POLICY = new RequestPolicy(Duration.ofDays(2), 3);

    private final MutableClock clock = new MutableClock(LocalDate.of(2025, 5, 2));
    private final InMemoryMembers members = new InMemoryMembers();
    private final InMemoryEvents eventStore = new InMemoryEvents();
    private final InMemorySpeedMeetings store = new InMemorySpeedMeetings();
    private final RecordedEvents recorded = new RecordedEvents();
    private final EventService events = new EventService(eventStore, members, new InMemoryPartnerOrganisations(),
            recorded, clock);
    private final SpeedMeetingService speedMeetings = new SpeedMeetingService(store, eventStore, POLICY, recorded,
            clock);
    private final SpeedMeetingDirectory directory = new SpeedMeetingDirectory(store, eventStore,
            (participants, most) -> Map.of(), clock);
    private final Actor staff = aStaffMember();
    private final List<EventRegistrationOutcome> registrations = new ArrayList<>();

    /** A published speed-meeting event with its layout and {@code people} participants (Person 1, Person 2...). */
    private EventId aSpeedMeeting(int people, boolean optOut, List<ParticipantId> joined) {
        EventId id = events.plan(new PlanEvent(staff, aSpeedMeetingOn(DAY), 100));
        events.publish(new PublishEvent(staff, id));
        speedMeetings.open(new OpenSpeedMeeting(staff, id, aLayoutOn(DAY, 6, 4), optOut));
        for (int i = 1; i <= people; i++) {
            EventRegistrationOutcome r = events.register(new RegisterForEvent(staff, id, anOutsider(i)));
            registrations.add(r);
            joined.add(speedMeetings.join(new JoinSpeedMeeting(staff, id, r.registration(), "numérique",
                    "Offer " + i, "Wants " + i, Set.of())));
        }
        return id;
    }

    private MeetingId ask(EventId event, ParticipantId from, ParticipantId to) {
        return speedMeetings.request(new RequestMeeting(staff, event, from, to, "Parlons de vos besoins"));
    }

    private MeetingId anAcceptedMeeting(EventId event, ParticipantId from, ParticipantId to) {
        MeetingId id = ask(event, from, to);
        speedMeetings.accept(new AcceptMeeting(staff, event, id));
        return id;
    }

    @Test
    void shouldRefuseARequestToOneself() {
        List<ParticipantId> p = new ArrayList<>();
        EventId event = aSpeedMeeting(2, false, p);

        assertThatThrownBy(() -> ask(event, p.get(0), p.get(0))).isInstanceOf(SelfMeetingRequestException.class)
                .hasMessage("Person 1 cannot ask themselves for a meeting at the speed-meeting \"Tic Exchange\"");
    }

    @Test
    void shouldRefuseAnUnknownParticipant() {
        List<ParticipantId> p = new ArrayList<>();
        EventId event = aSpeedMeeting(2, false, p);
        ParticipantId stranger = ParticipantId.random();

        assertThatThrownBy(() -> ask(event, p.get(0), stranger)).isInstanceOf(UnknownParticipantException.class)
                .hasMessage("No participant " + stranger + " in the speed-meeting \"Tic Exchange\" is known.");
    }

    @Test
    void shouldRefuseADuplicateRequestInEitherDirection() {
        List<ParticipantId> p = new ArrayList<>();
        EventId event = aSpeedMeeting(2, false, p);
        ask(event, p.get(0), p.get(1));

        assertThatThrownBy(() -> ask(event, p.get(0), p.get(1))).isInstanceOf(DuplicateMeetingRequestException.class)
                .hasMessageContaining("Person 1 already asked Person 2 on 2 May 2025 10:00 and that request is"
                        + " pending");
        assertThatThrownBy(() -> ask(event, p.get(1), p.get(0))).isInstanceOf(DuplicateMeetingRequestException.class);
        assertThat(directory.requests(event)).hasSize(1);
    }

    @Test
    void shouldCapTheRequestsWaitingForAnAnswerAndFreeAPlaceOnceOneIsAnswered() {
        List<ParticipantId> p = new ArrayList<>();
        EventId event = aSpeedMeeting(6, false, p);
        MeetingId first = ask(event, p.get(0), p.get(1));
        ask(event, p.get(0), p.get(2));
        ask(event, p.get(0), p.get(3));

        assertThatThrownBy(() -> ask(event, p.get(0), p.get(4))).isInstanceOf(OpenRequestCapReachedException.class)
                .hasMessageContaining("3 of their requests already wait for an answer, the most allowed is 3");
        speedMeetings.decline(new DeclineMeeting(staff, event, first));
        ask(event, p.get(0), p.get(4));

        assertThat(directory.requests(event)).hasSize(4);
        assertThat(recorded.ofType(MeetingDeclined.class)).hasSize(1);
    }

    @Test
    void shouldExpireARequestLeftUnansweredAndRefuseToAcceptItThen() {
        List<ParticipantId> p = new ArrayList<>();
        EventId event = aSpeedMeeting(3, false, p);
        MeetingId late = ask(event, p.get(0), p.get(1));
        clock.advance(Duration.ofDays(2));

        assertThatThrownBy(() -> speedMeetings.accept(new AcceptMeeting(staff, event, late)))
                .isInstanceOf(RequestNoLongerOpenException.class)
                .hasMessage("The meeting request from Person 1 to Person 2 at the speed-meeting \"Tic Exchange\""
                        + " cannot be accepted: it expired on 4 May 2025 10:00 without an answer");
        assertThat(speedMeetings.expireOverdue(event)).isEqualTo(1);
        assertThat(recorded.ofType(MeetingExpired.class)).singleElement()
                .satisfies(e -> assertThat(e.meeting()).isEqualTo(late));
        assertThat(directory.requests(event).get(0).status()).isEqualTo(RequestStatus.EXPIRED);
        ask(event, p.get(0), p.get(1));
    }

    @Test
    void shouldRefuseToAcceptADeclinedRequest() {
        List<ParticipantId> p = new ArrayList<>();
        EventId event = aSpeedMeeting(2, false, p);
        MeetingId id = ask(event, p.get(0), p.get(1));
        speedMeetings.decline(new DeclineMeeting(staff, event, id));

        assertThatThrownBy(() -> speedMeetings.accept(new AcceptMeeting(staff, event, id)))
                .isInstanceOf(RequestNoLongerOpenException.class).hasMessageContaining("it was declined on 2 May");
    }

    @Test
    void shouldAcceptRequestsByDefaultInOptOutModeUnlessDeclined() {
        List<ParticipantId> p = new ArrayList<>();
        EventId event = aSpeedMeeting(3, true, p);
        MeetingId kept = ask(event, p.get(0), p.get(1));
        MeetingId refused = ask(event, p.get(0), p.get(2));
        clock.advance(Duration.ofDays(10));

        speedMeetings.decline(new DeclineMeeting(staff, event, refused));

        assertThat(recorded.ofType(MeetingAccepted.class)).hasSize(2).allMatch(MeetingAccepted::byDefault);
        assertThat(speedMeetings.expireOverdue(event)).as("opt-out requests never expire").isZero();
        assertThat(directory.requests(event)).extracting(r -> r.id(), r -> r.status()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(kept, RequestStatus.ACCEPTED),
                org.assertj.core.groups.Tuple.tuple(refused, RequestStatus.DECLINED));
    }

    @Test
    void shouldRefuseLockingTwoMeetingsOnOneTableAndRound() {
        List<ParticipantId> p = new ArrayList<>();
        EventId event = aSpeedMeeting(4, false, p);
        MeetingId ab = anAcceptedMeeting(event, p.get(0), p.get(1));
        MeetingId cd = anAcceptedMeeting(event, p.get(2), p.get(3));
        MeetingId ac = anAcceptedMeeting(event, p.get(0), p.get(2));
        speedMeetings.lock(new LockMeeting(staff, event, ab, new Slot(2, 3)));

        assertThatThrownBy(() -> speedMeetings.lock(new LockMeeting(staff, event, cd, new Slot(2, 3))))
                .isInstanceOf(SlotTakenException.class)
                .hasMessage("The meeting of Person 3 and Person 4 cannot be locked to round 2, table 3 at the "
                        + "speed-meeting \"Tic Exchange\": the meeting of Person 1 and Person 2 is already locked there");
        assertThatThrownBy(() -> speedMeetings.lock(new LockMeeting(staff, event, ac, new Slot(2, 1))))
                .isInstanceOf(LockRefusedException.class)
                .hasMessageContaining("Person 1 already has a meeting locked in round 2 (with Person 2)");
        assertThatThrownBy(() -> speedMeetings.lock(new LockMeeting(staff, event, cd, new Slot(7, 1))))
                .isInstanceOf(LockRefusedException.class).hasMessageContaining("the layout has rounds 1 to 6");

        Timetable timetable = speedMeetings.schedule(new ScheduleMeetings(staff, event));
        assertThat(timetable.placements()).containsEntry(ab, new Slot(2, 3));
    }

    @Test
    void shouldRefuseALayoutWithZeroTables() {
        assertThatThrownBy(() -> new Layout(LocalDateTime.of(DAY, java.time.LocalTime.of(14, 0)), 6, 12, 3, 0, 0, 0))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("Speed-meeting layout: its number of tables must be between 1 and 1000, not 0");
    }

    @Test
    void shouldRefuseRoundsThatRunOutsideTheEvent() {
        EventId id = events.plan(new PlanEvent(staff, aSpeedMeetingOn(DAY), 100));

        assertThatThrownBy(() -> speedMeetings.open(new OpenSpeedMeeting(staff, id, aLayoutOn(DAY, 20, 4), false)))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("Speed-meeting layout of the speed-meeting \"Tic Exchange\" of 12 June 2025 14:00 to 18:00:"
                        + " its rounds run from 2025-06-12T14:15 to 2025-06-12T19:12, outside the event"
                        + " (2025-06-12T14:00 to 2025-06-12T18:00)");
        assertThat(directory.isOpen(id)).isFalse();
    }

    @Test
    void shouldRefuseASpeedMeetingForAThematicMeeting() {
        EventId thematic = events.plan(new PlanEvent(staff, aThematicMeetingOn(DAY), 10));

        assertThatThrownBy(() -> speedMeetings.open(new OpenSpeedMeeting(staff, thematic, aLayoutOn(DAY, 6, 4),
                false))).isInstanceOf(SpeedMeetingRefusedException.class).hasMessageContaining("is not a speed-meeting");
    }

    @Test
    void shouldScheduleAndGiveEachParticipantTheirAgendaAsTextHtmlAndCalendar() throws Exception {
        List<ParticipantId> p = new ArrayList<>();
        EventId event = aSpeedMeeting(4, false, p);
        MeetingId ab = anAcceptedMeeting(event, p.get(0), p.get(1));
        anAcceptedMeeting(event, p.get(0), p.get(2));
        anAcceptedMeeting(event, p.get(3), p.get(0));
        anAcceptedMeeting(event, p.get(2), p.get(3));

        Timetable timetable = speedMeetings.schedule(new ScheduleMeetings(staff, event));

        assertThat(timetable.unplaced()).isEmpty();
        assertThat(timetable.roundsUsed()).isEqualTo(3);
        assertThat(recorded.ofType(SpeedMeetingScheduled.class)).singleElement()
                .satisfies(s -> assertThat(s.placed()).isEqualTo(4));
        Agenda agenda = directory.agenda(event, p.get(0));
        assertThat(agenda.items()).hasSize(3).extracting(i -> i.round()).containsExactly(1, 2, 3);
        assertThat(agenda.items().get(0).start()).isEqualTo(DAY.atTime(14, 15));
        assertThat(agenda.items().get(1).start()).isEqualTo(DAY.atTime(14, 30));
        assertThat(directory.agendaText(event, p.get(0))).contains("Agenda of Person 1 (Outside Ltd)")
                .contains("round  1  14:15-14:27");
        assertThat(directory.agendaHtml(event, p.get(0))).contains("<td>Person 2</td>").startsWith("<!DOCTYPE html>");
        Calendar ics = new CalendarBuilder().build(new StringReader(directory.agendaIcs(event, p.get(0))));
        List<VEvent> entries = ics.getComponents("VEVENT");
        assertThat(entries).hasSize(3).extracting(e -> e.getProperty(Property.UID).orElseThrow().getValue())
                .contains(ab.toString());
        TablePlan plan = directory.tablePlan(event);
        assertThat(plan.rounds()).hasSize(3);
        assertThat(plan.rounds()).allSatisfy(r -> assertThat(r.meetings()).extracting(TablePlan.Seating::table)
                .doesNotHaveDuplicates());
    }

    @Test
    void shouldRescheduleLocallyAfterPublicationAndSayWhatMoved() {
        List<ParticipantId> p = new ArrayList<>();
        EventId event = aSpeedMeeting(6, false, p);
        MeetingId ab = anAcceptedMeeting(event, p.get(0), p.get(1));
        MeetingId cd = anAcceptedMeeting(event, p.get(2), p.get(3));
        MeetingId ef = anAcceptedMeeting(event, p.get(4), p.get(5));
        Timetable published = speedMeetings.schedule(new ScheduleMeetings(staff, event));
        MeetingId late = ask(event, p.get(0), p.get(2));
        recorded.clear();

        speedMeetings.accept(new AcceptMeeting(staff, event, late));

        SpeedMeetingRescheduled afterLate = recorded.ofType(SpeedMeetingRescheduled.class).get(0);
        assertThat(afterLate.moved()).isEmpty();
        assertThat(afterLate.newlyPlaced()).containsExactly(late);
        directory.requests(event).stream().filter(r -> List.of(ab, cd, ef).contains(r.id()))
                .forEach(r -> assertThat(r.slot()).contains(published.placements().get(r.id())));

        recorded.clear();
        speedMeetings.leave(new LeaveSpeedMeeting(staff, event, p.get(4)));
        assertThat(recorded.ofType(ParticipantLeft.class)).hasSize(1);
        assertThat(recorded.ofType(MeetingWithdrawn.class)).singleElement()
                .satisfies(w -> assertThat(w.meeting()).isEqualTo(ef));
        assertThat(recorded.ofType(SpeedMeetingRescheduled.class)).singleElement()
                .satisfies(r -> assertThat(r.moved()).isEmpty());
        assertThat(directory.agenda(event, p.get(5)).items()).isEmpty();

        speedMeetings.withdraw(new WithdrawMeeting(staff, event, cd, "Empêchement"));
        assertThat(directory.requests(event).stream().filter(r -> r.id().equals(ab)).findFirst().orElseThrow().slot())
                .contains(published.placements().get(ab));
        assertThatThrownBy(() -> ask(event, p.get(4), p.get(0))).isInstanceOf(UnknownParticipantException.class)
                .hasMessageContaining("Person 5 still taking part");
    }

    @Test
    void shouldCountRequestsAnswersAndMeetingsHeldWhenBothCheckedIn() {
        List<ParticipantId> p = new ArrayList<>();
        EventId event = aSpeedMeeting(4, false, p);
        anAcceptedMeeting(event, p.get(0), p.get(1));
        anAcceptedMeeting(event, p.get(2), p.get(3));
        MeetingId declined = ask(event, p.get(0), p.get(2));
        speedMeetings.decline(new DeclineMeeting(staff, event, declined));
        speedMeetings.schedule(new ScheduleMeetings(staff, event));
        clock.setDay(DAY);
        for (int i = 0; i < 3; i++) {
            events.checkIn(new CheckIn(staff, event, registrations.get(i).registration()));
        }
        clock.advance(Duration.ofHours(9));
        events.markHeld(new MarkEventHeld(staff, event));

        SpeedMeetingFigures figures = directory.figures(event);

        assertThat(figures.requested()).isEqualTo(3);
        assertThat(figures.accepted()).isEqualTo(2);
        assertThat(figures.declined()).isEqualTo(1);
        assertThat(figures.placed()).isEqualTo(2);
        assertThat(figures.held()).as("Person 4 did not come").isEqualTo(1);
        assertThat(figures.participants()).filteredOn(f -> f.participant().equals("Person 1")).singleElement()
                .satisfies(f -> {
                    assertThat(f.sent()).isEqualTo(2);
                    assertThat(f.accepted()).isEqualTo(1);
                    assertThat(f.held()).isEqualTo(1);
                });
        assertThat(recorded.ofType(MeetingRequested.class)).hasSize(3);
    }

    @Test
    void shouldExportAPersonsEventDataThenEraseItKeepingTheFigures() {
        List<ParticipantId> p = new ArrayList<>();
        EventId event = aSpeedMeeting(3, false, p);
        anAcceptedMeeting(event, p.get(0), p.get(1));
        EventPersonalData personalData = new EventPersonalData(eventStore, store, clock);

        EventPersonalData.Export export = personalData.export(staff, "PERSON1@example.org");

        assertThat(export.registrations()).singleElement()
                .satisfies(r -> assertThat(r.registration().participant().name()).isEqualTo("Person 1"));
        assertThat(export.profiles()).singleElement().satisfies(profile -> {
            assertThat(profile.participant().offer()).isEqualTo("Offer 1");
            assertThat(profile.messages()).containsExactly("Parlons de vos besoins");
        });

        assertThat(personalData.erase(staff, "person1@example.org")).isEqualTo(2);

        assertThat(personalData.export(staff, "person1@example.org").registrations()).isEmpty();
        assertThat(personalData.export(staff, "person1@example.org").profiles()).isEmpty();
        assertThat(directory.participants(event).get(0).name()).isEqualTo("Erased person");
        assertThat(directory.participants(event).get(0).offer()).isEmpty();
        assertThat(directory.requests(event).get(0).message()).isEmpty();
        assertThat(directory.figures(event).accepted()).isEqualTo(1);
        assertThat(eventStore.get(event).confirmedCount()).isEqualTo(3);
        assertThatThrownBy(() -> personalData.erase(Actor.representativeOf("302068382", "bob", "Bob"), "x@example.org"))
                .isInstanceOf(org.filiere.access.AccessRefusedException.class);
    }

    @Test
    void shouldAnonymiseTheRegistrationsAndProfilesOfAnEventOnceItsRetentionIsOverAndOnlyThen() {
        List<ParticipantId> p = new ArrayList<>();
        EventId event = aSpeedMeeting(3, false, p);
        anAcceptedMeeting(event, p.get(0), p.get(1));
        EventRetention retention = new EventRetention(eventStore, store, new RetentionPolicy(Period.ofYears(3), Period.ofYears(5)), clock);

        clock.setDay(DAY.plusYears(3));
        assertThat(retention.apply(staff)).as("the event ended less than three years ago").isZero();
        clock.setDay(DAY.plusYears(3).plusDays(1));
        assertThat(retention.apply(staff)).as("three registrations and three profiles").isEqualTo(6);

        assertThat(retention.apply(staff)).as("run again").isZero();
        assertThat(directory.participants(event)).extracting(x -> x.name()).containsOnly("Erased person");
        assertThat(directory.requests(event)).allSatisfy(r -> assertThat(r.message()).isEmpty());
        assertThat(eventStore.get(event).registrations()).allSatisfy(r -> {
            assertThat(r.participant().isErased()).isTrue();
            assertThat(r.participant().email()).doesNotContain("example.org");
        });
        assertThat(directory.figures(event).accepted()).isEqualTo(1);
        assertThat(eventStore.get(event).confirmedCount()).isEqualTo(3);
        assertThatThrownBy(() -> retention.apply(Actor.representativeOf("302068382", "bob", "Bob")))
                .isInstanceOf(org.filiere.access.AccessRefusedException.class);
    }

    @Test
    void shouldReadTheConfiguredPolicyAndRefuseANonsenseDelay() {
        assertThat(SpeedMeetingProducers.policy("PT36H", 5)).isEqualTo(new RequestPolicy(Duration.ofHours(36), 5));
        assertThatThrownBy(() -> SpeedMeetingProducers.policy("two days", 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("filiere.speed-meeting.request-expiry must be an ISO-8601 duration");
    }
}
