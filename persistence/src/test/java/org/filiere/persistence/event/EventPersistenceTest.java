package org.filiere.persistence.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.filiere.fixtures.EventFixtures.aLayoutOn;
import static org.filiere.fixtures.EventFixtures.aSpeedMeetingOn;
import static org.filiere.fixtures.EventFixtures.aThematicMeetingOn;
import static org.filiere.fixtures.Fixtures.aStaffMember;
import static org.filiere.fixtures.Fixtures.anApplication;
import static org.filiere.fixtures.TrainingFixtures.anEmployeeOf;
import static org.filiere.fixtures.TrainingFixtures.anOutsider;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.filiere.access.Actor;
import org.filiere.directory.PublicEvent;
import org.filiere.directory.PublishedEvents;
import org.filiere.event.EventId;
import org.filiere.event.EventKind;
import org.filiere.event.EventRegistrationRefusedException;
import org.filiere.event.EventStatus;
import org.filiere.event.EventYearFigures;
import org.filiere.event.application.EventCommands.CancelEvent;
import org.filiere.event.application.EventCommands.CancelEventRegistration;
import org.filiere.event.application.EventCommands.CheckIn;
import org.filiere.event.application.EventCommands.MarkEventHeld;
import org.filiere.event.application.EventCommands.PlanEvent;
import org.filiere.event.application.EventCommands.PublishEvent;
import org.filiere.event.application.EventCommands.RecordEventFeedback;
import org.filiere.event.application.EventCommands.RegisterForEvent;
import org.filiere.event.application.EventDirectory;
import org.filiere.event.application.EventRegistrationOutcome;
import org.filiere.event.application.EventRegistrationView;
import org.filiere.event.application.EventService;
import org.filiere.member.MemberId;
import org.filiere.member.application.MembershipCommands.AdmitMember;
import org.filiere.member.application.MembershipService;
import org.filiere.persistence.FiliereContainer;
import org.filiere.persistence.TestDatabase;
import org.filiere.programme.PartnerContact;
import org.filiere.programme.PartnerId;
import org.filiere.programme.PartnerType;
import org.filiere.programme.application.PartnerService;
import org.filiere.programme.application.ProgrammeCommands.RegisterPartner;
import org.filiere.speedmeeting.MeetingId;
import org.filiere.speedmeeting.MeetingRequest;
import org.filiere.speedmeeting.ParticipantId;
import org.filiere.speedmeeting.RequestStatus;
import org.filiere.speedmeeting.SelfMeetingRequestException;
import org.filiere.speedmeeting.Slot;
import org.filiere.speedmeeting.SlotTakenException;
import org.filiere.speedmeeting.SpeedParticipant;
import org.filiere.speedmeeting.Timetable;
import org.filiere.speedmeeting.application.SpeedMeetingCommands.AcceptMeeting;
import org.filiere.speedmeeting.application.SpeedMeetingCommands.JoinSpeedMeeting;
import org.filiere.speedmeeting.application.SpeedMeetingCommands.LeaveSpeedMeeting;
import org.filiere.speedmeeting.application.SpeedMeetingCommands.LockMeeting;
import org.filiere.speedmeeting.application.SpeedMeetingCommands.OpenSpeedMeeting;
import org.filiere.speedmeeting.application.SpeedMeetingCommands.RequestMeeting;
import org.filiere.speedmeeting.application.SpeedMeetingCommands.ScheduleMeetings;
import org.filiere.speedmeeting.application.EventPersonalData;
import org.filiere.speedmeeting.application.SpeedMeetingDirectory;
import org.filiere.speedmeeting.application.SpeedMeetingService;
import org.filiere.training.Attendance;
import org.filiere.training.RegistrationStatus;
import org.filiere.training.Satisfaction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Events, registrations, check-in and speed-meetings stored through the services, on each configured database. */
class EventPersistenceTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 14);
    private final Actor staff = aStaffMember();

    static Stream<TestDatabase> databases() {
        if (TestDatabase.postgres().isEmpty()) {
            System.out.println("EventPersistenceTest runs on Derby only: set " + TestDatabase.POSTGRES_URL
                    + " to run it on PostgreSQL too");
        }
        return TestDatabase.all();
    }

    @BeforeEach
    void februaryFirst() {
        EventClock.CLOCK.setDay(LocalDate.of(2025, 2, 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldStoreRegistrationsCheckInNoShowsFeedbackAndCountTheYearInTheDatabase(TestDatabase database) {
        try (FiliereContainer filiere = FiliereContainer.start(database, EventClock.class)) {
            MembershipService memberships = filiere.get(MembershipService.class);
            EventService events = filiere.get(EventService.class);
            EventDirectory directory = filiere.get(EventDirectory.class);
            MemberId member = memberships.apply(anApplication("30206838200050", "Alpes Logiciels", 2025));
            memberships.admit(new AdmitMember(staff, member, 2025));
            PartnerId minalogic = filiere.get(PartnerService.class).register(new RegisterPartner(staff, "Minalogic",
                    PartnerType.CLUSTER, new PartnerContact("Marc Dupont", "marc.dupont@example.org", "")));
            EventId id = events.plan(new PlanEvent(staff, aThematicMeetingOn(DAY, minalogic), 2));
            events.publish(new PublishEvent(staff, id));
            EventRegistrationOutcome alice = events.register(new RegisterForEvent(staff, id,
                    anEmployeeOf(member, "Alice Roux")));
            EventRegistrationOutcome bruno = events.register(new RegisterForEvent(staff, id, anOutsider(1)));
            EventRegistrationOutcome chloe = events.register(new RegisterForEvent(staff, id, anOutsider(2)));
            assertThat(chloe.status()).isEqualTo(RegistrationStatus.WAITLISTED);
            assertThatThrownBy(() -> events.register(new RegisterForEvent(staff, id, anOutsider(1))))
                    .isInstanceOf(EventRegistrationRefusedException.class);

            assertThat(events.cancelRegistration(new CancelEventRegistration(staff, id, bruno.registration())))
                    .contains(chloe.registration());
            EventClock.CLOCK.setDay(DAY);
            events.checkIn(new CheckIn(staff, id, alice.registration()));
            EventClock.CLOCK.advance(Duration.ofHours(3));
            events.markHeld(new MarkEventHeld(staff, id));
            events.recordFeedback(new RecordEventFeedback(staff, id, alice.registration(),
                    new Satisfaction(4, "Très concret, merci")));

            List<EventRegistrationView> stored = directory.registrations(staff, id);
            assertThat(stored).extracting(EventRegistrationView::status).containsExactly(RegistrationStatus.CONFIRMED,
                    RegistrationStatus.CANCELLED, RegistrationStatus.CONFIRMED);
            assertThat(stored).extracting(EventRegistrationView::attendance).containsExactly(Attendance.PRESENT,
                    Attendance.NOT_RECORDED, Attendance.ABSENT);
            assertThat(stored.get(0).memberRate()).isTrue();
            assertThat(stored.get(0).checkedInAt()).isPresent();
            assertThat(stored.get(0).feedback()).contains(new Satisfaction(4, "Très concret, merci"));
            assertThat(directory.event(id).orElseThrow()).satisfies(v -> {
                assertThat(v.status()).isEqualTo(EventStatus.HELD);
                assertThat(v.partnerNames()).containsExactly("Minalogic");
                assertThat(v.sequence()).isEqualTo(1);
            });

            EventYearFigures year = directory.yearFigures(2025);
            assertThat(year.eventsHeld()).containsExactlyEntriesOf(java.util.Map.of(EventKind.THEMATIC_MEETING, 1L));
            assertThat(year.registrants()).isEqualTo(2);
            assertThat(year.present()).isEqualTo(1);
            assertThat(year.memberRegistrants()).isEqualTo(1);
            assertThat(year.averageSatisfaction()).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("4"));
            assertThat(directory.yearFigures(2024).totalHeld()).isZero();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldPublishOnlyThePublishedEventsThatAreStillToComeSoonestFirst(TestDatabase database) {
        try (FiliereContainer filiere = FiliereContainer.start(database, EventClock.class)) {
            EventService events = filiere.get(EventService.class);
            EventId later = events.plan(new PlanEvent(staff, aSpeedMeetingOn(DAY.plusDays(30)), 40));
            EventId sooner = events.plan(new PlanEvent(staff, aThematicMeetingOn(DAY), 20));
            EventId draft = events.plan(new PlanEvent(staff, aThematicMeetingOn(DAY.plusDays(2)), 20));
            EventId cancelled = events.plan(new PlanEvent(staff, aThematicMeetingOn(DAY.plusDays(3)), 20));
            events.publish(new PublishEvent(staff, later));
            events.publish(new PublishEvent(staff, sooner));
            events.publish(new PublishEvent(staff, cancelled));
            events.cancel(new CancelEvent(staff, cancelled, "Intervenant indisponible"));
            PublishedEvents published = filiere.get(PublishedEvents.class);

            List<PublicEvent> upcoming = published.upcoming();

            assertThat(upcoming).extracting(PublicEvent::id).containsExactly(sooner.value().toString(),
                    later.value().toString()).doesNotContain(draft.value().toString());
            assertThat(upcoming.get(0)).satisfies(e -> {
                assertThat(e.title()).isEqualTo("Them@ Cybersécurité");
                assertThat(e.start()).isEqualTo(Instant.parse("2025-03-14T08:00:00Z"));
                assertThat(e.end()).contains(Instant.parse("2025-03-14T11:30:00Z"));
            });
            assertThat(upcoming.get(1).address().locality()).isEqualTo("Grenoble");
            assertThat(upcoming.get(1).address().postcode()).isEqualTo("38000");

            EventClock.CLOCK.setDay(DAY.plusDays(1));
            assertThat(published.upcoming()).extracting(PublicEvent::id).containsExactly(later.value().toString());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldStoreASpeedMeetingItsRequestsLocksAndTimetable(TestDatabase database) {
        try (FiliereContainer filiere = FiliereContainer.start(database, EventClock.class)) {
            EventService events = filiere.get(EventService.class);
            SpeedMeetingService speedMeetings = filiere.get(SpeedMeetingService.class);
            SpeedMeetingDirectory directory = filiere.get(SpeedMeetingDirectory.class);
            EventId id = events.plan(new PlanEvent(staff, aSpeedMeetingOn(DAY), 50));
            events.publish(new PublishEvent(staff, id));
            speedMeetings.open(new OpenSpeedMeeting(staff, id, aLayoutOn(DAY, 6, 3), false));
            List<ParticipantId> p = new ArrayList<>();
            for (int i = 1; i <= 4; i++) {
                EventRegistrationOutcome r = events.register(new RegisterForEvent(staff, id, anOutsider(i)));
                p.add(speedMeetings.join(new JoinSpeedMeeting(staff, id, r.registration(), "logiciel",
                        "Hébergement cloud souverain", "Cybersécurité", i == 4 ? Set.of(2, 3, 4) : Set.of())));
            }
            MeetingId ab = speedMeetings.request(new RequestMeeting(staff, id, p.get(0), p.get(1), "Bonjour"));
            MeetingId cd = speedMeetings.request(new RequestMeeting(staff, id, p.get(2), p.get(3), ""));
            MeetingId ad = speedMeetings.request(new RequestMeeting(staff, id, p.get(0), p.get(3), ""));
            for (MeetingId m : List.of(ab, cd, ad)) {
                speedMeetings.accept(new AcceptMeeting(staff, id, m));
            }
            speedMeetings.lock(new LockMeeting(staff, id, cd, new Slot(3, 2)));
            assertThatThrownBy(() -> speedMeetings.lock(new LockMeeting(staff, id, ab, new Slot(3, 2))))
                    .isInstanceOf(SlotTakenException.class);
            assertThatThrownBy(() -> speedMeetings.request(new RequestMeeting(staff, id, p.get(1), p.get(1), "")))
                    .isInstanceOf(SelfMeetingRequestException.class);

            Timetable timetable = speedMeetings.schedule(new ScheduleMeetings(staff, id));

            assertThat(timetable.unplaced()).isEmpty();
            List<MeetingRequest> stored = directory.requests(id);
            assertThat(stored).extracting(MeetingRequest::status).containsOnly(RequestStatus.ACCEPTED);
            assertThat(stored).filteredOn(r -> r.id().equals(cd)).singleElement().satisfies(r -> {
                assertThat(r.slot()).contains(new Slot(3, 2));
                assertThat(r.locked()).isTrue();
            });
            assertThat(stored).allSatisfy(r -> assertThat(r.slot()).contains(timetable.placements().get(r.id())));
            assertThat(directory.participants(id)).filteredOn(sp -> sp.id().equals(p.get(3))).singleElement()
                    .extracting(SpeedParticipant::availability).isEqualTo(Set.of(2, 3, 4));
            assertThat(directory.agenda(id, p.get(3)).items()).extracting(i -> i.round()).allMatch(r -> r >= 2
                    && r <= 4);

            speedMeetings.leave(new LeaveSpeedMeeting(staff, id, p.get(1)));
            assertThat(directory.requests(id)).filteredOn(r -> r.id().equals(ab)).singleElement()
                    .satisfies(r -> {
                        assertThat(r.status()).isEqualTo(RequestStatus.WITHDRAWN);
                        assertThat(r.slot()).isEmpty();
                    });
            assertThat(directory.participants(id)).hasSize(3);

            EventPersonalData personalData = filiere.get(EventPersonalData.class);
            assertThat(personalData.export(staff, "person4@example.org").profiles()).hasSize(1);
            assertThat(personalData.erase(staff, "Person4@Example.org")).isEqualTo(2);
            assertThat(personalData.export(staff, "person4@example.org").registrations()).isEmpty();
            assertThat(directory.participants(id)).filteredOn(sp -> sp.id().equals(p.get(3))).singleElement()
                    .satisfies(sp -> {
                        assertThat(sp.name()).isEqualTo("Erased person");
                        assertThat(sp.offer()).isEmpty();
                    });
            assertThat(filiere.get(EventDirectory.class).registrations(staff, id))
                    .filteredOn(r -> r.participant().name().equals("Erased person")).hasSize(1);
        }
    }
}
