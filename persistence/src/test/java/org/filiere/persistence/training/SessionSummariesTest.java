package org.filiere.persistence.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.filiere.fixtures.Fixtures.aStaffMember;
import static org.filiere.fixtures.TrainingFixtures.aCybersecurityCourse;
import static org.filiere.fixtures.TrainingFixtures.aDayOn;
import static org.filiere.fixtures.TrainingFixtures.anOutsider;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import jakarta.persistence.PersistenceUnitUtil;

import org.filiere.access.Actor;
import org.filiere.persistence.FiliereContainer;
import org.filiere.persistence.Storage;
import org.filiere.persistence.TestDatabase;
import org.filiere.persistence.Transactions;
import org.filiere.training.CourseId;
import org.filiere.training.Session;
import org.filiere.training.SessionId;
import org.filiere.training.SessionQuery;
import org.filiere.training.SessionStatus;
import org.filiere.training.SessionSummary;
import org.filiere.training.Sessions;
import org.filiere.training.Speaker;
import org.filiere.training.application.CatalogueService;
import org.filiere.training.application.RegistrationOutcome;
import org.filiere.training.application.RegistrationService;
import org.filiere.training.application.TrainingCommands.AddCourse;
import org.filiere.training.application.TrainingCommands.CancelRegistration;
import org.filiere.training.application.TrainingCommands.Register;
import org.filiere.training.application.TrainingCommands.ScheduleSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Session summaries from the counts their rows keep, on each configured database. */
class SessionSummariesTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 14);
    private final Actor staff = aStaffMember();

    static Stream<TestDatabase> databases() {
        return TestDatabase.all();
    }

    @BeforeEach
    void februaryFirst() {
        SettableClock.CLOCK.setDay(LocalDate.of(2025, 2, 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldCountConfirmedAndWaitlistedPeopleWithoutReadingTheRegistrations(TestDatabase database) {
        try (FiliereContainer filiere = FiliereContainer.start(database, SettableClock.class)) {
            CatalogueService catalogue = filiere.get(CatalogueService.class);
            RegistrationService registrations = filiere.get(RegistrationService.class);
            CourseId course = catalogue.addCourse(new AddCourse(staff, aCybersecurityCourse()));
            SessionId busy = catalogue.schedule(new ScheduleSession(staff, course,
                    aDayOn(DAY, Speaker.guest("Julie Morel", "ANSSI", "Regional adviser")), 2, true));
            SessionId quiet = catalogue.schedule(new ScheduleSession(staff, course, aDayOn(DAY.plusDays(1)), 5, true));
            SessionId empty = catalogue.schedule(new ScheduleSession(staff, course, aDayOn(DAY.plusDays(2)), 5, true));
            RegistrationOutcome first = registrations.register(new Register(staff, busy, anOutsider(1)));
            for (int i = 2; i <= 5; i++) {
                registrations.register(new Register(staff, busy, anOutsider(i)));
            }
            registrations.cancel(new CancelRegistration(staff, busy, first.registrationId()));
            RegistrationOutcome gone = registrations.register(new Register(staff, quiet, anOutsider(6)));
            registrations.register(new Register(staff, quiet, anOutsider(7)));
            registrations.cancel(new CancelRegistration(staff, quiet, gone.registrationId()));
            Sessions sessions = filiere.get(Sessions.class);
            Transactions transactions = filiere.get(Transactions.class);
            PersistenceUnitUtil loaded = filiere.get(Storage.class).entityManagerFactory().getPersistenceUnitUtil();

            List<SessionSummary> full = transactions.required(
                    () -> sessions.find(SessionQuery.all()).stream().map(SessionSummary::of).toList());
            List<Boolean> registrationsRead = transactions.required(() -> {
                List<SessionSummary> summaries = sessions.summaries(SessionQuery.all());
                assertThat(summaries).isEqualTo(full);
                return Stream.of(busy, quiet, empty).map(id -> loaded.isLoaded(transactions.entityManager()
                        .find(SessionEntity.class, id.toString()), "registrations")).toList();
            });

            assertThat(full).extracting(SessionSummary::id, SessionSummary::confirmed, SessionSummary::waitlisted)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(busy, 2L, 2L),
                            org.assertj.core.groups.Tuple.tuple(quiet, 1L, 0L),
                            org.assertj.core.groups.Tuple.tuple(empty, 0L, 0L));
            assertThat(full.get(0).plan().speakers()).extracting(Speaker::name).containsExactly("Julie Morel");
            assertThat(registrationsRead).containsOnly(false);
            assertThat(transactions.required(() -> sessions.find(SessionQuery.all())).stream()
                    .map(Session::registrations).mapToInt(List::size).sum()).as("cancelled ones kept").isEqualTo(7);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldKeepTheCountsOfEachOfManySessions(TestDatabase database) {
        try (FiliereContainer filiere = FiliereContainer.start(database, SettableClock.class)) {
            CourseId course = filiere.get(CatalogueService.class).addCourse(new AddCourse(staff,
                    aCybersecurityCourse()));
            int many = 501;
            List<Session> stored = IntStream.range(0, many).mapToObj(i -> new Session(SessionId.random(), course,
                    aDayOn(DAY.plusDays(i)), 1, SessionStatus.OPEN, 1, "", Optional.empty(), List.of(), 0)).toList();
            Sessions sessions = filiere.get(Sessions.class);
            Transactions transactions = filiere.get(Transactions.class);
            transactions.required(() -> sessions.insertAll(stored));
            RegistrationService registrations = filiere.get(RegistrationService.class);
            SessionId last = stored.get(many - 1).id();
            registrations.register(new Register(staff, last, anOutsider(1)));
            registrations.register(new Register(staff, last, anOutsider(2)));
            registrations.register(new Register(staff, stored.get(0).id(), anOutsider(3)));

            List<SessionSummary> summaries = transactions.required(() -> sessions.summaries(SessionQuery.all()));

            assertThat(summaries).hasSize(many);
            assertThat(summaries.get(0)).extracting(SessionSummary::confirmed, SessionSummary::waitlisted)
                    .containsExactly(1L, 0L);
            assertThat(summaries.get(many - 1)).extracting(SessionSummary::id, SessionSummary::confirmed,
                    SessionSummary::waitlisted).containsExactly(last, 1L, 1L);
            assertThat(summaries.subList(1, many - 1)).allSatisfy(s -> assertThat(s.confirmed()).isZero());
        }
    }
}
