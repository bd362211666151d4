package org.filiere.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.filiere.fixtures.Fixtures.aStaffMember;
import static org.filiere.fixtures.Fixtures.anApplication;
import static org.filiere.fixtures.TrainingFixtures.aCybersecurityCourse;
import static org.filiere.fixtures.TrainingFixtures.aDayOn;
import static org.filiere.fixtures.TrainingFixtures.anEmployeeOf;
import static org.filiere.fixtures.TrainingFixtures.anOutsider;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

import org.filiere.access.AccessRefusedException;
import org.filiere.access.Actor;
import org.filiere.access.CommandActor;
import org.filiere.fixtures.Fixtures;
import org.filiere.fixtures.InMemoryContributions;
import org.filiere.fixtures.InMemoryCourses;
import org.filiere.fixtures.InMemoryMembers;
import org.filiere.fixtures.InMemorySessions;
import org.filiere.fixtures.MutableClock;
import org.filiere.fixtures.RecordedEvents;
import org.filiere.kernel.StaleDataException;
import org.filiere.member.ContributionKind;
import org.filiere.member.MemberId;
import org.filiere.member.NafNomenclature;
import org.filiere.member.RenewalGracePolicy;
import org.filiere.member.Siret;
import org.filiere.member.UnknownMemberException;
import org.filiere.member.application.ContributionService;
import org.filiere.member.application.MembershipCommands.AdmitMember;
import org.filiere.member.application.MembershipService;
import org.filiere.training.Attendance;
import org.filiere.training.AttendanceRecorded;
import org.filiere.training.Course.CourseDescription;
import org.filiere.training.CourseId;
import org.filiere.training.ExternalReference;
import org.filiere.training.InvalidTrainingDataException;
import org.filiere.training.Prices;
import org.filiere.training.RegistrationCancelled;
import org.filiere.training.RegistrationConfirmed;
import org.filiere.training.RegistrationPromoted;
import org.filiere.training.RegistrationRefusedException;
import org.filiere.training.RegistrationStatus;
import org.filiere.training.RegistrationWaitlisted;
import org.filiere.training.Satisfaction;
import org.filiere.training.Schedule;
import org.filiere.training.SessionCancelled;
import org.filiere.training.SessionClosed;
import org.filiere.training.SessionId;
import org.filiere.training.SessionOpened;
import org.filiere.training.SessionQuery;
import org.filiere.training.SessionRevised;
import org.filiere.training.SessionScheduled;
import org.filiere.training.SessionStatus;
import org.filiere.training.Speaker;
import org.filiere.training.UnknownSessionException;
import org.filiere.training.Venue;
import org.filiere.training.application.CatalogueService;
import org.filiere.training.application.ProviderCourse;
import org.filiere.training.application.ProviderCourseOutcome;
import org.filiere.training.application.ProviderSession;
import org.filiere.training.application.RegistrationOutcome;
import org.filiere.training.application.RegistrationService;
import org.filiere.training.application.TrainingCalendar;
import org.filiere.training.application.TrainingCommands.AddCourse;
import org.filiere.training.application.TrainingCommands.CancelRegistration;
import org.filiere.training.application.TrainingCommands.CancelSession;
import org.filiere.training.application.TrainingCommands.CloseSession;
import org.filiere.training.application.TrainingCommands.DescribeCourse;
import org.filiere.training.application.TrainingCommands.OpenSession;
import org.filiere.training.application.TrainingCommands.RecordAttendance;
import org.filiere.training.application.TrainingCommands.RecordSatisfaction;
import org.filiere.training.application.TrainingCommands.Register;
import org.filiere.training.application.TrainingCommands.ScheduleSession;
import org.filiere.training.application.SessionView;
import org.filiere.training.application.TrainingDirectory;
import org.junit.jupiter.api.Test;

class TrainingServiceTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 14);
    private static final String PROVIDER_SIRET = "38446899700034";

    private final MutableClock clock = new MutableClock(LocalDate.of(2025, 2, 1));
    private final InMemoryMembers members = new InMemoryMembers();
    private final InMemoryCourses courses = new InMemoryCourses();
    private final InMemorySessions sessions = new InMemorySessions();
    private final InMemoryContributions contributionStore = new InMemoryContributions();
    private final RecordedEvents events = new RecordedEvents();
    private final MembershipService memberships = new MembershipService(members, NafNomenclature.shipped(),
            new RenewalGracePolicy(MonthDay.of(3, 31)), events, clock);
    private final ContributionService contributions = new ContributionService(contributionStore, members);
    private final CatalogueService catalogue = new CatalogueService(courses, sessions, members, events, clock);
    private final RegistrationService registrations = new RegistrationService(sessions, courses, members,
            contributions, events, clock);
    private final TrainingDirectory directory = new TrainingDirectory(courses, sessions);
    private final TrainingCalendar calendar = new TrainingCalendar(courses, sessions, clock);
    private final Actor staff = aStaffMember();

    private MemberId aMember(int index, int year) {
        MemberId id = memberships.apply(anApplication(Fixtures.SIRETS[index], "Company " + index, year));
        memberships.admit(new AdmitMember(staff, id, year));
        return id;
    }

    private SessionId anOpenSession(int seats, Speaker... speakers) {
        CourseId course = catalogue.addCourse(new AddCourse(staff, aCybersecurityCourse()));
        return catalogue.schedule(new ScheduleSession(staff, course, aDayOn(DAY, speakers), seats, true));
    }

    @Test
    void shouldScheduleAndOpenASessionAndSayIt() {
        SessionId id = anOpenSession(12);

        assertThat(events.ofType(SessionScheduled.class)).singleElement()
                .satisfies(e -> assertThat(e.sessionId()).isEqualTo(id));
        assertThat(events.ofType(SessionOpened.class)).singleElement()
                .satisfies(e -> assertThat(e.sessionId()).isEqualTo(id));
        assertThat(directory.session(id).orElseThrow()).satisfies(v -> {
            assertThat(v.status()).isEqualTo(SessionStatus.OPEN);
            assertThat(v.courseTitle()).isEqualTo("Cybersecurity for small businesses");
            assertThat(v.seatsLeft()).isEqualTo(12);
        });
    }

    @Test
    void shouldShowEveryoneTheSessionsButDraftsAndStaffOnlyEverySession() {
        SessionId open = anOpenSession(12);
        CourseId course = catalogue.addCourse(new AddCourse(staff, aCybersecurityCourse()));
        SessionId draft = catalogue.schedule(new ScheduleSession(staff, course, aDayOn(DAY), 8, false));
        CommandActor.clear();

        assertThat(directory.publishedSessions(DAY.atStartOfDay())).extracting(SessionView::id).containsExactly(open);
        assertThat(directory.publishedSession(open)).isPresent();
        assertThat(directory.publishedSession(draft)).isEmpty();
        assertThat(directory.publishedSessions(DAY.plusDays(1).atStartOfDay())).isEmpty();
        assertThatThrownBy(() -> directory.session(open)).isInstanceOf(AccessRefusedException.class);
        assertThat(Fixtures.asStaff(() -> directory.session(draft))).isPresent();
    }

    @Test
    void shouldChargeTheMemberPriceOnlyToStaffOfAMemberOfTheSessionsYear() {
        MemberId member = aMember(0, 2025);
        MemberId formerMember = aMember(1, 2024);
        SessionId id = anOpenSession(10);

        RegistrationOutcome employee = registrations.register(new Register(staff, id,
                anEmployeeOf(member, "Anne Roux")));
        RegistrationOutcome former = registrations.register(new Register(staff, id,
                anEmployeeOf(formerMember, "Luc Petit")));
        RegistrationOutcome outsider = registrations.register(new Register(staff, id, anOutsider(1)));

        assertThat(employee.price()).isEqualByComparingTo("250");
        assertThat(former.price()).isEqualByComparingTo("390");
        assertThat(outsider.price()).isEqualByComparingTo("390");
        assertThat(events.ofType(RegistrationConfirmed.class)).hasSize(3);
        assertThatThrownBy(() -> registrations.register(new Register(staff, id,
                anEmployeeOf(MemberId.of(Siret.parse(Fixtures.SIRETS[8]).siren().value()), "Nobody"))))
                .isInstanceOf(UnknownMemberException.class);
    }

    @Test
    void shouldLetARepresentativeRegisterOnlyTheirOwnPeople() {
        MemberId member = aMember(0, 2025);
        MemberId other = aMember(1, 2025);
        SessionId id = anOpenSession(10);
        Actor representative = Actor.representativeOf(member.value(), "anne-roux", "Anne Roux");

        RegistrationOutcome own = registrations.register(new Register(representative, id,
                anEmployeeOf(member, "Paul Brun")));
        assertThat(own.status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThatThrownBy(() -> registrations.register(new Register(representative, id,
                anEmployeeOf(other, "Eve Noir")))).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> registrations.register(new Register(representative, id, anOutsider(1))))
                .isInstanceOf(AccessRefusedException.class)
                .hasMessage("Anne Roux may not register someone for a training session: only staff or a"
                        + " representative of the member it concerns may.");
        assertThatThrownBy(() -> catalogue.cancel(new CancelSession(representative, id, "")))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(Fixtures.asStaff(() -> directory.session(id)).orElseThrow().confirmed()).isEqualTo(1);
    }

    @Test
    void shouldPromoteTheFirstWaitlistedAndPublishItWhenASeatIsCancelled() {
        SessionId id = anOpenSession(2);
        RegistrationOutcome first = registrations.register(new Register(staff, id, anOutsider(1)));
        registrations.register(new Register(staff, id, anOutsider(2)));
        RegistrationOutcome third = registrations.register(new Register(staff, id, anOutsider(3)));
        RegistrationOutcome fourth = registrations.register(new Register(staff, id, anOutsider(4)));
        assertThat(third.waitlistPosition()).contains(1);
        assertThat(fourth.waitlistPosition()).contains(2);
        assertThat(events.ofType(RegistrationWaitlisted.class)).hasSize(2);

        Optional<org.filiere.training.RegistrationId> promoted = registrations.cancel(
                new CancelRegistration(staff, id, first.registrationId()));

        assertThat(promoted).contains(third.registrationId());
        assertThat(events.ofType(RegistrationCancelled.class)).singleElement()
                .satisfies(e -> assertThat(e.registrationId()).isEqualTo(first.registrationId()));
        assertThat(events.ofType(RegistrationPromoted.class)).singleElement().satisfies(e -> {
            assertThat(e.registrationId()).isEqualTo(third.registrationId());
            assertThat(e.freedBy()).contains(first.registrationId());
        });
        assertThat(directory.registrations(staff, id)).extracting(r -> r.participant().name(), r -> r.status(),
                r -> r.waitlistPosition()).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Person 1", RegistrationStatus.CANCELLED, Optional.empty()),
                        org.assertj.core.groups.Tuple.tuple("Person 2", RegistrationStatus.CONFIRMED, Optional.empty()),
                        org.assertj.core.groups.Tuple.tuple("Person 3", RegistrationStatus.CONFIRMED, Optional.empty()),
                        org.assertj.core.groups.Tuple.tuple("Person 4", RegistrationStatus.WAITLISTED, Optional.of(1)));
        assertThat(directory.publishedSessions(DAY.atStartOfDay())).singleElement().satisfies(v -> {
            assertThat(v.confirmed()).as("confirmed, the cancelled one not counted").isEqualTo(2);
            assertThat(v.waitlisted()).isEqualTo(1);
            assertThat(v.seatsLeft()).isZero();
        });
        assertThat(Fixtures.asStaff(() -> directory.sessions(SessionQuery.all()))).singleElement()
                .satisfies(v -> assertThat(List.of(v.confirmed(), v.waitlisted())).containsExactly(2L, 1L));
    }

    @Test
    void shouldRefuseRegistrationsOnACancelledSessionAndTellWhoWasRegistered() {
        SessionId id = anOpenSession(5);
        RegistrationOutcome registered = registrations.register(new Register(staff, id, anOutsider(1)));

        catalogue.cancel(new CancelSession(staff, id, "the venue is flooded"));

        assertThat(events.ofType(SessionCancelled.class)).singleElement()
                .satisfies(e -> assertThat(e.affected()).containsExactly(registered.registrationId()));
        assertThatThrownBy(() -> registrations.register(new Register(staff, id, anOutsider(2))))
                .isInstanceOf(RegistrationRefusedException.class)
                .hasMessageEndingWith("the session was cancelled (the venue is flooded).");
    }

    @Test
    void shouldCountMemberSpeakersAsContributionDaysOnceTheSessionIsHeld() {
        MemberId member = aMember(0, 2025);
        SessionId id = anOpenSession(5, Speaker.employeeOf(member, "Marc Blanc", "Company 0", "Lead engineer"),
                Speaker.guest("Julie Morel", "ANSSI", ""));
        RegistrationOutcome came = registrations.register(new Register(staff, id, anEmployeeOf(member, "Anne Roux")));
        clock.setDay(DAY.plusDays(1));

        registrations.recordAttendance(new RecordAttendance(staff, id, Map.of(came.registrationId(),
                Attendance.PRESENT)));
        registrations.recordAttendance(new RecordAttendance(staff, id, Map.of(came.registrationId(),
                Attendance.PRESENT)));
        registrations.recordSatisfaction(new RecordSatisfaction(staff, id, came.registrationId(),
                new Satisfaction(5, "Very practical")));

        assertThat(events.ofType(AttendanceRecorded.class)).extracting(AttendanceRecorded::sessionId,
                AttendanceRecorded::present, AttendanceRecorded::firstRecord)
                .containsExactly(tuple(id, 1, true), tuple(id, 1, false));
        assertThat(contributions.ofMember(member, 2025)).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ContributionKind.TRAINING_SPEAKER);
            assertThat(c.days()).isEqualByComparingTo("1.0");
            assertThat(c.on()).isEqualTo(DAY);
            assertThat(c.description()).isEqualTo("A speaker of the member at \"Cybersecurity for small businesses\""
                    + " on 14 March 2025").doesNotContain("Marc Blanc");
        });
        assertThat(directory.sessionFigures(id).averageSatisfaction()).hasValueSatisfying(
                s -> assertThat(s).isEqualByComparingTo("5"));
        assertThat(directory.memberFigures(member, 2025)).satisfies(f -> {
            assertThat(f.trainees()).isEqualTo(1);
            assertThat(f.hours()).isEqualByComparingTo("7");
        });
        assertThat(directory.figures(2025).sessionsHeld()).isEqualTo(1);
    }

    @Test
    void shouldRefuseACourseChangeMadeOnAStaleVersionAndRaiseTheSequenceOfItsSessions() {
        SessionId id = anOpenSession(5);
        CourseId course = directory.session(id).orElseThrow().courseId();
        long version = directory.course(course).orElseThrow().version();
        CourseDescription renamed = new CourseDescription("Cybersecurity: the essentials", "New objectives",
                new BigDecimal("7"), Optional.empty(), Optional.empty(), aCybersecurityCourse().provider());

        catalogue.describeCourse(new DescribeCourse(staff, course, version, renamed));

        assertThat(directory.session(id).orElseThrow().sequence()).as("opened (1), then its course changed")
                .isEqualTo(2);
        assertThat(events.ofType(SessionRevised.class)).hasSize(1);
        assertThatThrownBy(() -> catalogue.describeCourse(new DescribeCourse(staff, course, version,
                aCybersecurityCourse()))).isInstanceOf(StaleDataException.class)
                .hasMessageStartingWith("course \"Cybersecurity: the essentials\" was changed by someone else");
    }

    private ProviderCourse aProviderCourse(String title, ProviderSession... offered) {
        return new ProviderCourse(staff, new ExternalReference(Siret.parse(PROVIDER_SIRET), "AF-2025-017"),
                "Formation Alpes", title, "Lead a lean project", new BigDecimal("14"), Optional.empty(),
                Optional.empty(), List.of(offered));
    }

    private static ProviderSession aProviderSession(String id, LocalDate day, int seats) {
        return new ProviderSession(id, Schedule.on(day, 9, 0, 17, 0), new Venue("Formation Alpes", "", "38100",
                "Grenoble"), List.of(), Prices.euros("600", "800"), Optional.empty(), seats);
    }

    @Test
    void shouldImportAProviderCourseAgainWithoutDuplicatesAndCloseWithdrawnSessions() {
        ProviderCourse record = aProviderCourse("Lean management", aProviderSession("S1", DAY, 10),
                aProviderSession("S2", DAY.plusMonths(1), 10));

        ProviderCourseOutcome first = catalogue.importProviderCourse(record);
        ProviderCourseOutcome again = catalogue.importProviderCourse(record);

        assertThat(first).satisfies(o -> {
            assertThat(o.courseCreated()).isTrue();
            assertThat(o.sessionsCreated()).isEqualTo(2);
        });
        assertThat(again).isEqualTo(new ProviderCourseOutcome(first.courseId(), false, false, 0, 0, 2, 0));
        assertThat(courses.all()).hasSize(1);
        assertThat(sessions.count()).isEqualTo(2);
        SessionId s1 = sessions.findByExternalReference(new ExternalReference(Siret.parse(PROVIDER_SIRET), "S1"))
                .orElseThrow().id();
        assertThat(directory.session(s1).orElseThrow()).satisfies(v -> {
            assertThat(v.status()).isEqualTo(SessionStatus.OPEN);
            assertThat(v.plan().registrationDeadline()).isEqualTo(DAY.minusDays(1));
            assertThat(v.provider().siret()).contains(Siret.parse(PROVIDER_SIRET));
        });

        ProviderCourseOutcome changed = catalogue.importProviderCourse(aProviderCourse("Lean management, level 1",
                aProviderSession("S1", DAY, 12)));

        assertThat(changed).isEqualTo(new ProviderCourseOutcome(first.courseId(), false, true, 0, 1, 0, 1));
        assertThat(directory.session(s1).orElseThrow()).satisfies(v -> {
            assertThat(v.courseTitle()).isEqualTo("Lean management, level 1");
            assertThat(v.capacity()).isEqualTo(12);
            assertThat(v.sequence()).as("opened when imported (1), then its course changed").isEqualTo(2);
        });
        assertThat(directory.sessions(SessionQuery.all().withStatus(SessionStatus.CLOSED)))
                .singleElement().satisfies(v -> assertThat(v.externalReference().orElseThrow().id()).isEqualTo("S2"));
        assertThat(events.ofType(SessionClosed.class)).singleElement();
        assertThat(sessions.count()).isEqualTo(2);
    }

    @Test
    void shouldRefuseAProviderRecordListingASessionTwice() {
        assertThatThrownBy(() -> catalogue.importProviderCourse(aProviderCourse("Lean",
                aProviderSession("S1", DAY, 10), aProviderSession("S1", DAY.plusDays(1), 10))))
                .isInstanceOf(InvalidTrainingDataException.class)
                .hasMessage("Course " + PROVIDER_SIRET + "/AF-2025-017 in the catalogue: session S1 is listed twice.");
    }

    private int calendarSequence(SessionId id) throws Exception {
        VEvent event = new CalendarBuilder().build(new StringReader(Fixtures.asStaff(() -> calendar.session(id))))
                .<VEvent>getComponents(VEvent.VEVENT).get(0);
        return Integer.parseInt(event.<Property>getProperty(Property.SEQUENCE).orElseThrow().getValue());
    }

    @Test
    void shouldRaiseTheCalendarSequenceWhenStaffOpenADraftThenCloseIt() throws Exception {
        CourseId course = catalogue.addCourse(new AddCourse(staff, aCybersecurityCourse()));
        SessionId id = catalogue.schedule(new ScheduleSession(staff, course, aDayOn(DAY), 5, false));
        int draft = calendarSequence(id);
        assertThat(Fixtures.asStaff(() -> calendar.session(id))).contains("STATUS:TENTATIVE");
        CommandActor.clear();
        assertThatThrownBy(() -> calendar.session(id)).isInstanceOf(UnknownSessionException.class);

        catalogue.open(new OpenSession(staff, id));
        int opened = calendarSequence(id);
        catalogue.close(new CloseSession(staff, id, "the room is booked out"));
        int closed = calendarSequence(id);

        assertThat(calendar.session(id)).contains("STATUS:CONFIRMED");
        assertThat(opened).isGreaterThan(draft);
        assertThat(closed).isGreaterThan(opened);
    }

    @Test
    void shouldFeedOpenAndCancelledUpcomingSessionsButNoDraftClosedOrPastOne() throws Exception {
        SessionId open = anOpenSession(5);
        SessionId cancelled = anOpenSession(5);
        catalogue.cancel(new CancelSession(staff, cancelled, "too few registrations"));
        CourseId course = directory.session(open).orElseThrow().courseId();
        catalogue.schedule(new ScheduleSession(staff, course, aDayOn(DAY.plusDays(7)), 5, false));
        SessionId closed = catalogue.schedule(new ScheduleSession(staff, course, aDayOn(DAY.plusDays(8)), 5, true));
        catalogue.close(new CloseSession(staff, closed, "full"));
        SessionId past = catalogue.schedule(new ScheduleSession(staff, course, aDayOn(LocalDate.of(2025, 2, 10)), 5,
                true));
        clock.setDay(LocalDate.of(2025, 2, 20));

        var feed = new CalendarBuilder().build(new StringReader(calendar.openSessionsFeed()));

        List<VEvent> listed = feed.getComponents(VEvent.VEVENT);
        assertThat(listed).extracting(e -> e.<Property>getProperty(Property.UID).orElseThrow().getValue())
                .containsExactlyInAnyOrder(open.toString(), cancelled.toString()).doesNotContain(past.toString());
        assertThat(calendar.session(cancelled)).contains("STATUS:CANCELLED").contains("UID:" + cancelled);
    }
}
