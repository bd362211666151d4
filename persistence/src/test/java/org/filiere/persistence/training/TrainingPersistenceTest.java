package org.filiere.persistence.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.filiere.fixtures.Fixtures.aStaffMember;
import static org.filiere.fixtures.Fixtures.anApplication;
import static org.filiere.fixtures.TrainingFixtures.aCybersecurityCourse;
import static org.filiere.fixtures.TrainingFixtures.aDayOn;
import static org.filiere.fixtures.TrainingFixtures.anEmployeeOf;
import static org.filiere.fixtures.TrainingFixtures.anOutsider;

import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

import org.filiere.access.Actor;
import org.filiere.fixtures.Fixtures;
import org.filiere.kernel.StaleDataException;
import org.filiere.member.ContributionKind;
import org.filiere.member.MemberId;
import org.filiere.member.Siret;
import org.filiere.member.application.ContributionService;
import org.filiere.member.application.MembershipCommands.AdmitMember;
import org.filiere.member.application.MembershipService;
import org.filiere.persistence.FiliereContainer;
import org.filiere.persistence.Storage;
import org.filiere.persistence.TestDatabase;
import org.filiere.persistence.Transactions;
import org.filiere.training.Attendance;
import org.filiere.training.Course;
import org.filiere.training.CourseId;
import org.filiere.training.Courses;
import org.filiere.training.ExternalReference;
import org.filiere.training.InvalidTrainingDataException;
import org.filiere.training.Prices;
import org.filiere.training.RegistrationStatus;
import org.filiere.training.Satisfaction;
import org.filiere.training.Schedule;
import org.filiere.training.Session;
import org.filiere.training.SessionId;
import org.filiere.training.SessionQuery;
import org.filiere.training.SessionStatus;
import org.filiere.training.Sessions;
import org.filiere.training.Speaker;
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
import org.filiere.training.application.TrainingCommands.CloseWithdrawnCourses;
import org.filiere.training.application.TrainingCommands.RecordAttendance;
import org.filiere.training.application.TrainingCommands.RecordSatisfaction;
import org.filiere.training.application.TrainingCommands.Register;
import org.filiere.training.application.TrainingCommands.ScheduleSession;
import org.filiere.training.application.TrainingDirectory;
import org.filiere.training.application.WithdrawnCoursesOutcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Courses, sessions, speakers and registrations stored through the services, on each configured database. */
class TrainingPersistenceTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 14);
    private static final String PROVIDER_SIRET = "38446899700034";
    private final Actor staff = aStaffMember();

    static Stream<TestDatabase> databases() {
        return TestDatabase.all();
    }

    @BeforeEach
    void februaryFirst() {
        SettableClock.CLOCK.setDay(LocalDate.of(2025, 2, 1));
    }

    private static MemberId aMember(FiliereContainer filiere, int index) {
        MembershipService memberships = filiere.get(MembershipService.class);
        MemberId id = memberships.apply(anApplication(Fixtures.SIRETS[index], "Company " + index, 2025));
        memberships.admit(new AdmitMember(aStaffMember(), id, 2025));
        return id;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldStoreASessionWithSpeakersRegistrationsAttendanceAndSatisfaction(TestDatabase database) {
        try (FiliereContainer filiere = FiliereContainer.start(database, SettableClock.class)) {
            MemberId member = aMember(filiere, 0);
            CatalogueService catalogue = filiere.get(CatalogueService.class);
            RegistrationService registrations = filiere.get(RegistrationService.class);
            TrainingDirectory directory = filiere.get(TrainingDirectory.class);
            CourseId course = catalogue.addCourse(new AddCourse(staff, aCybersecurityCourse()));
            Speaker marc = Speaker.employeeOf(member, "Marc Blanc", "Company 0", "Lead engineer");
            Speaker julie = Speaker.guest("Julie Morel", "ANSSI", "Regional adviser");
            SessionId id = catalogue.schedule(new ScheduleSession(staff, course, aDayOn(DAY, marc, julie), 2, true));

            RegistrationOutcome anne = registrations.register(new Register(staff, id,
                    anEmployeeOf(member, "Anne Roux")));
            RegistrationOutcome paul = registrations.register(new Register(staff, id, anOutsider(1)));
            RegistrationOutcome eve = registrations.register(new Register(staff, id, anOutsider(2)));
            assertThat(eve.waitlistPosition()).contains(1);
            assertThat(registrations.cancel(new CancelRegistration(staff, id, paul.registrationId())))
                    .contains(eve.registrationId());
            SettableClock.CLOCK.setDay(DAY.plusDays(1));
            registrations.recordAttendance(new RecordAttendance(staff, id, Map.of(anne.registrationId(),
                    Attendance.PRESENT, eve.registrationId(), Attendance.ABSENT)));
            registrations.recordSatisfaction(new RecordSatisfaction(staff, id, anne.registrationId(),
                    new Satisfaction(4, "Useful, but too short")));

            var view = directory.session(id).orElseThrow();
            assertThat(view.status()).isEqualTo(SessionStatus.HELD);
            assertThat(view.plan()).isEqualTo(aDayOn(DAY, marc, julie));
            assertThat(view.courseTitle()).isEqualTo("Cybersecurity for small businesses");
            assertThat(directory.registrations(staff, id)).extracting(r -> r.participant().name(), r -> r.arrival(),
                    r -> r.status(), r -> r.price().toPlainString(), r -> r.attendance())
                    .containsExactly(tuple("Anne Roux", 1, RegistrationStatus.CONFIRMED, "250.00", Attendance.PRESENT),
                            tuple("Person 1", 2, RegistrationStatus.CANCELLED, "390.00", Attendance.NOT_RECORDED),
                            tuple("Person 2", 3, RegistrationStatus.CONFIRMED, "390.00", Attendance.ABSENT));
            assertThat(directory.registrations(staff, id).get(0).satisfaction())
                    .contains(new Satisfaction(4, "Useful, but too short"));
            assertThat(directory.registrations(staff, id).get(2).promotedAt()).isPresent();
            assertThat(directory.sessionFigures(id)).satisfies(f -> {
                assertThat(f.fillRate()).isEqualByComparingTo("100.0");
                assertThat(f.attendanceRate()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("50.0"));
                assertThat(f.averageSatisfaction()).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("4"));
            });
            assertThat(directory.memberFigures(member, 2025).hours()).isEqualByComparingTo("7");
            assertThat(directory.figures(2025)).satisfies(f -> {
                assertThat(f.sessionsHeld()).isEqualTo(1);
                assertThat(f.trainees()).isEqualTo(1);
            });
            assertThat(filiere.get(ContributionService.class).ofMember(member, 2025)).singleElement()
                    .satisfies(c -> {
                        assertThat(c.kind()).isEqualTo(ContributionKind.TRAINING_SPEAKER);
                        assertThat(c.days()).isEqualByComparingTo("1.0");
                    });
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldStoreACourseWhoseDurationIsNotKnownAndCountItInTheFigures(TestDatabase database) {
        try (FiliereContainer filiere = FiliereContainer.start(database, SettableClock.class)) {
            MemberId member = aMember(filiere, 0);
            CatalogueService catalogue = filiere.get(CatalogueService.class);
            RegistrationService registrations = filiere.get(RegistrationService.class);
            TrainingDirectory directory = filiere.get(TrainingDirectory.class);
            var known = aCybersecurityCourse();
            CourseId course = catalogue.addCourse(new AddCourse(staff, new Course.CourseDescription(known.title(),
                    known.objectives(), Optional.empty(), known.formacode(), known.nsfCode(), known.provider())));
            SessionId id = catalogue.schedule(new ScheduleSession(staff, course, aDayOn(DAY,
                    Speaker.employeeOf(member, "Marc Blanc", "Company 0", "Lead engineer")), 2, true));
            RegistrationOutcome anne = registrations.register(new Register(staff, id,
                    anEmployeeOf(member, "Anne Roux")));
            SettableClock.CLOCK.setDay(DAY.plusDays(1));
            registrations.recordAttendance(new RecordAttendance(staff, id, Map.of(anne.registrationId(),
                    Attendance.PRESENT)));

            assertThat(directory.courses()).singleElement().satisfies(c -> assertThat(c.hours()).isEmpty());
            assertThat(directory.session(id).orElseThrow().hours()).isEmpty();
            assertThat(directory.memberFigures(member, 2025).hours()).isEqualByComparingTo("0");
            assertThat(filiere.get(Transactions.class).required(() -> filiere.get(
                    org.filiere.persistence.report.JpaTrainingFigures.class).of(2025)).number(org.filiere.report.TrainingSection.TRAINEE_HOURS))
                    .hasValueSatisfying(h -> assertThat(h).isEqualByComparingTo("0"));
            assertThat(filiere.get(ContributionService.class).ofMember(member, 2025)).singleElement()
                    .satisfies(c -> assertThat(c.days()).as("half a day, the least").isEqualByComparingTo("0.5"));
        }
    }

    private static ProviderCourse aProviderRecord(String title, List<ProviderSession> sessions) {
        return new ProviderCourse(aStaffMember(), new ExternalReference(Siret.parse(PROVIDER_SIRET), "AF-017"),
                "Formation Alpes", title, "Lead a lean project", new BigDecimal("14"), Optional.empty(),
                Optional.empty(), sessions);
    }

    private static ProviderSession aProviderSession(String id, LocalDate day) {
        return new ProviderSession(id, Schedule.on(day, 9, 0, 17, 0), new Venue("Formation Alpes", "", "38100",
                "Grenoble"), List.of(), Prices.euros("600", "800"), Optional.empty(), 10);
    }

    private static long count(FiliereContainer filiere, String table) throws Exception {
        try (Connection c = filiere.get(Storage.class).dataSource().getConnection();
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldImportAProviderCatalogueAgainWithoutDuplicates(TestDatabase database) throws Exception {
        try (FiliereContainer filiere = FiliereContainer.start(database, SettableClock.class)) {
            CatalogueService catalogue = filiere.get(CatalogueService.class);
            ProviderCourse record = aProviderRecord("Lean management", List.of(aProviderSession("S1", DAY),
                    aProviderSession("S2", DAY.plusMonths(1)), aProviderSession("S3", DAY.plusMonths(2))));

            ProviderCourseOutcome first = catalogue.importProviderCourse(record);
            ProviderCourseOutcome again = catalogue.importProviderCourse(record);
            ProviderCourseOutcome withdrawn = catalogue.importProviderCourse(aProviderRecord("Lean management",
                    List.of(aProviderSession("S1", DAY), aProviderSession("S2", DAY.plusMonths(1)))));

            assertThat(first.sessionsCreated()).isEqualTo(3);
            assertThat(again).isEqualTo(new ProviderCourseOutcome(first.courseId(), false, false, 0, 0, 3, 0));
            assertThat(withdrawn.sessionsClosed()).isEqualTo(1);
            assertThat(count(filiere, "training_course")).isEqualTo(1);
            assertThat(count(filiere, "training_session")).isEqualTo(3);
            Sessions sessions = filiere.get(Sessions.class);
            Transactions transactions = filiere.get(Transactions.class);
            Session s3 = transactions.required(() -> sessions.findByExternalReference(
                    new ExternalReference(Siret.parse(PROVIDER_SIRET), "S3")).orElseThrow());
            assertThat(s3.status()).isEqualTo(SessionStatus.CLOSED);
            assertThat(s3.courseId()).isEqualTo(first.courseId());

            Courses courses = filiere.get(Courses.class);
            Course copy = new Course(CourseId.random(), transactions.required(() -> courses.get(first.courseId())
                    .description()), Optional.of(new ExternalReference(Siret.parse(PROVIDER_SIRET), "AF-017")), 0);
            assertThatThrownBy(() -> transactions.required(() -> courses.save(copy)))
                    .isInstanceOf(InvalidTrainingDataException.class)
                    .hasMessageContaining("reference " + PROVIDER_SIRET + "/AF-017 is already used by another course");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldStoreTheCoursesAndSessionsOfAChunkAsACourseImportedAloneIsStored(TestDatabase database) {
        try (FiliereContainer filiere = FiliereContainer.start(database, SettableClock.class)) {
            CatalogueService catalogue = filiere.get(CatalogueService.class);
            Speaker speaker = Speaker.guest("Julie Morel", "ANSSI", "Regional adviser");
            ProviderCourse alone = aProviderRecord("Lean management", List.of(new ProviderSession("S1",
                    Schedule.on(DAY, 9, 0, 17, 0), new Venue("Formation Alpes", "", "38100", "Grenoble"),
                    List.of(speaker), Prices.euros("600", "800"), Optional.empty(), 10)));
            ProviderCourse inChunk = new ProviderCourse(alone.actor(), new ExternalReference(
                    Siret.parse(PROVIDER_SIRET), "AF-018"), alone.providerName(), alone.title(), alone.objectives(),
                    alone.hours(), Optional.empty(), Optional.empty(),
                    List.of(new ProviderSession("S2", Schedule.on(DAY, 9, 0, 17, 0), new Venue("Formation Alpes", "",
                            "38100", "Grenoble"), List.of(speaker), Prices.euros("600", "800"), Optional.empty(), 10)));

            CourseId aloneId = catalogue.importProviderCourse(alone).courseId();
            CourseId chunkId = catalogue.importProviderCourses(List.of(inChunk)).get(0).courseId();

            Transactions transactions = filiere.get(Transactions.class);
            Courses courses = filiere.get(Courses.class);
            Sessions sessions = filiere.get(Sessions.class);
            Course storedAlone = transactions.required(() -> courses.get(aloneId));
            Course storedInChunk = transactions.required(() -> courses.get(chunkId));
            assertThat(storedInChunk.version()).isEqualTo(storedAlone.version());
            assertThat(storedInChunk.description()).isEqualTo(storedAlone.description());
            Session first = transactions.required(() -> sessions.findByExternalReference(
                    new ExternalReference(Siret.parse(PROVIDER_SIRET), "S1")).orElseThrow());
            Session second = transactions.required(() -> sessions.findByExternalReference(
                    new ExternalReference(Siret.parse(PROVIDER_SIRET), "S2")).orElseThrow());
            assertThat(second.courseId()).isEqualTo(chunkId);
            assertThat(second).extracting(Session::version, Session::plan, Session::status, Session::capacity,
                    Session::speakers).containsExactly(first.version(), first.plan(), first.status(),
                    first.capacity(), first.speakers());
            assertThat(second.speakers()).extracting(Speaker::name).containsExactly("Julie Morel");

            second.changeCapacity(12, SettableClock.CLOCK);
            transactions.required(() -> sessions.save(second));
            assertThat(transactions.required(() -> sessions.find(second.id()).orElseThrow().version()))
                    .as("the version read at the import, then a new one").isGreaterThan(first.version());
            second.changeCapacity(14, SettableClock.CLOCK);
            assertThatThrownBy(() -> transactions.required(() -> sessions.save(second)))
                    .isInstanceOf(StaleDataException.class);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldRefuseAChunkNamingASessionAnotherCourseHasAndWriteNothingOfIt(TestDatabase database)
            throws Exception {
        try (FiliereContainer filiere = FiliereContainer.start(database, SettableClock.class)) {
            CatalogueService catalogue = filiere.get(CatalogueService.class);
            catalogue.importProviderCourse(aProviderRecord("Lean management", List.of(aProviderSession("S1", DAY))));
            ProviderCourse taken = new ProviderCourse(aStaffMember(), new ExternalReference(
                    Siret.parse(PROVIDER_SIRET), "AF-018"), "Formation Alpes", "Lean tools", "Use lean tools",
                    new BigDecimal("7"), Optional.empty(), Optional.empty(), List.of(aProviderSession("S1", DAY)));

            assertThatThrownBy(() -> catalogue.importProviderCourses(List.of(taken)))
                    .isInstanceOf(InvalidTrainingDataException.class)
                    .hasMessageContaining("include one already used by another session");
            assertThat(count(filiere, "training_course")).isEqualTo(1);
            assertThat(count(filiere, "training_session")).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldFindTheImportedCoursesAChunkNamesInOneLookUp(TestDatabase database) {
        try (FiliereContainer filiere = FiliereContainer.start(database, SettableClock.class)) {
            ProviderCourseOutcome imported = filiere.get(CatalogueService.class).importProviderCourse(
                    aProviderRecord("Lean management", List.of(aProviderSession("S1", DAY))));
            ExternalReference known = new ExternalReference(Siret.parse(PROVIDER_SIRET), "AF-017");
            ExternalReference unknownId = new ExternalReference(Siret.parse(PROVIDER_SIRET), "AF-018");
            ExternalReference otherProvider = new ExternalReference(Siret.parse(Fixtures.SIRETS[3]), "AF-017");
            Courses courses = filiere.get(Courses.class);

            Map<ExternalReference, Course> found = filiere.get(Transactions.class).required(
                    () -> courses.findByExternalReferences(List.of(known, unknownId, otherProvider, known)));

            assertThat(found).containsOnlyKeys(known);
            assertThat(found.get(known).id()).isEqualTo(imported.courseId());
            assertThat(found.get(known).title()).isEqualTo("Lean management");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldCloseTheSessionsOfACourseTheProviderNoLongerListsAndKeepTheirRegistrations(TestDatabase database) {
        try (FiliereContainer filiere = FiliereContainer.start(database, SettableClock.class)) {
            CatalogueService catalogue = filiere.get(CatalogueService.class);
            Siret provider = Siret.parse(PROVIDER_SIRET);
            Siret otherProvider = Siret.parse(Fixtures.SIRETS[0]);
            ProviderCourseOutcome kept = catalogue.importProviderCourse(aProviderRecord("Lean management",
                    List.of(aProviderSession("S1", DAY))));
            ProviderCourseOutcome dropped = catalogue.importProviderCourse(new ProviderCourse(staff,
                    new ExternalReference(provider, "AF-018"), "Formation Alpes", "Six Sigma", "", BigDecimal.TEN,
                    Optional.empty(), Optional.empty(), List.of(aProviderSession("S2", DAY.plusDays(7)))));
            catalogue.importProviderCourse(new ProviderCourse(staff, new ExternalReference(otherProvider, "AF-018"),
                    "Acme Formation", "Kanban", "", BigDecimal.TEN, Optional.empty(), Optional.empty(),
                    List.of(aProviderSession("S2", DAY))));
            Transactions transactions = filiere.get(Transactions.class);
            Sessions sessions = filiere.get(Sessions.class);
            SessionId s2 = transactions.required(() -> sessions.findByExternalReference(
                    new ExternalReference(provider, "S2")).orElseThrow().id());
            filiere.get(RegistrationService.class).register(new Register(staff, s2, anOutsider(1)));

            assertThat(transactions.required(() -> filiere.get(Courses.class).findImportedFrom(provider)))
                    .containsOnly(Map.entry(new ExternalReference(provider, "AF-017"), kept.courseId()),
                            Map.entry(new ExternalReference(provider, "AF-018"), dropped.courseId()));
            CloseWithdrawnCourses listing = new CloseWithdrawnCourses(staff, provider, Set.of("AF-017"));
            assertThat(catalogue.closeWithdrawnCourses(listing))
                    .isEqualTo(new WithdrawnCoursesOutcome(List.of(dropped.courseId()), 1));
            assertThat(catalogue.closeWithdrawnCourses(listing).sessionsClosed()).isZero();

            TrainingDirectory directory = filiere.get(TrainingDirectory.class);
            assertThat(directory.session(s2).orElseThrow().status()).isEqualTo(SessionStatus.CLOSED);
            assertThat(directory.registrations(staff, s2)).singleElement()
                    .satisfies(r -> assertThat(r.status()).isEqualTo(RegistrationStatus.CONFIRMED));
            assertThat(directory.sessions(SessionQuery.all().withStatus(SessionStatus.OPEN)))
                    .extracting(v -> v.externalReference().orElseThrow())
                    .containsExactlyInAnyOrder(new ExternalReference(provider, "S1"),
                            new ExternalReference(otherProvider, "S2"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldRefuseToSaveASessionSomeoneElseChangedInTheMeantime(TestDatabase database) {
        try (FiliereContainer filiere = FiliereContainer.start(database, SettableClock.class)) {
            CatalogueService catalogue = filiere.get(CatalogueService.class);
            CourseId course = catalogue.addCourse(new AddCourse(staff, aCybersecurityCourse()));
            SessionId id = catalogue.schedule(new ScheduleSession(staff, course, aDayOn(DAY), 5, true));
            Sessions sessions = filiere.get(Sessions.class);
            Transactions transactions = filiere.get(Transactions.class);
            Session readEarlier = transactions.required(() -> sessions.get(id));

            filiere.get(RegistrationService.class).register(new Register(staff, id, anOutsider(1)));
            readEarlier.close("read before the registration", SettableClock.CLOCK);

            assertThatThrownBy(() -> transactions.required(() -> sessions.save(readEarlier)))
                    .isInstanceOf(StaleDataException.class).hasMessageContaining("was changed by someone else");
            assertThat(filiere.get(TrainingDirectory.class).session(id).orElseThrow()).satisfies(v -> {
                assertThat(v.status()).isEqualTo(SessionStatus.OPEN);
                assertThat(v.confirmed()).isEqualTo(1);
            });
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldFeedOpenAndCancelledSessionsFromTheDatabase(TestDatabase database) throws Exception {
        try (FiliereContainer filiere = FiliereContainer.start(database, SettableClock.class)) {
            CatalogueService catalogue = filiere.get(CatalogueService.class);
            CourseId course = catalogue.addCourse(new AddCourse(staff, aCybersecurityCourse()));
            SessionId open = catalogue.schedule(new ScheduleSession(staff, course, aDayOn(DAY), 5, true));
            SessionId cancelled = catalogue.schedule(new ScheduleSession(staff, course, aDayOn(DAY.plusDays(1)), 5,
                    true));
            catalogue.schedule(new ScheduleSession(staff, course, aDayOn(DAY.plusDays(2)), 5, false));
            catalogue.cancel(new CancelSession(staff, cancelled, "the speaker is ill"));

            String feed = filiere.get(TrainingCalendar.class).openSessionsFeed();

            List<VEvent> events = new CalendarBuilder().build(new StringReader(feed)).getComponents(VEvent.VEVENT);
            assertThat(events).extracting(e -> e.<Property>getProperty(Property.UID).orElseThrow().getValue(),
                    e -> e.<Property>getProperty(Property.STATUS).orElseThrow().getValue(),
                    e -> e.<Property>getProperty(Property.SEQUENCE).orElseThrow().getValue())
                    .containsExactly(tuple(open.toString(), "CONFIRMED", "1"),
                            tuple(cancelled.toString(), "CANCELLED", "2"));
            assertThat(filiere.get(TrainingDirectory.class).sessions(SessionQuery.all().ofCourse(course))).hasSize(3);
        }
    }
}
