package org.filiere.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.filiere.fixtures.Fixtures.aStaffMember;
import static org.filiere.fixtures.TrainingFixtures.aDayOn;
import static org.filiere.fixtures.TrainingFixtures.anOutsider;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.filiere.access.AccessRefusedException;
import org.filiere.access.Actor;
import org.filiere.fixtures.Fixtures;
import org.filiere.fixtures.InMemoryContributions;
import org.filiere.fixtures.InMemoryCourses;
import org.filiere.fixtures.InMemoryMembers;
import org.filiere.fixtures.InMemorySessions;
import org.filiere.fixtures.MutableClock;
import org.filiere.fixtures.RecordedEvents;
import org.filiere.member.Siret;
import org.filiere.member.application.ContributionService;
import org.filiere.training.CourseId;
import org.filiere.training.ExternalReference;
import org.filiere.training.Prices;
import org.filiere.training.RegistrationStatus;
import org.filiere.training.Schedule;
import org.filiere.training.Session;
import org.filiere.training.SessionClosed;
import org.filiere.training.SessionId;
import org.filiere.training.SessionQuery;
import org.filiere.training.SessionStatus;
import org.filiere.training.Venue;
import org.filiere.training.application.CatalogueService;
import org.filiere.training.application.ProviderCourse;
import org.filiere.training.application.ProviderCourseOutcome;
import org.filiere.training.application.ProviderSession;
import org.filiere.training.application.RegistrationService;
import org.filiere.training.application.TrainingCommands.CancelSession;
import org.filiere.training.application.TrainingCommands.CloseWithdrawnCourses;
import org.filiere.training.application.TrainingCommands.Register;
import org.filiere.training.application.TrainingCommands.ScheduleSession;
import org.filiere.training.application.WithdrawnCoursesOutcome;
import org.junit.jupiter.api.Test;

/** A course that a training organisation's catalogue no longer lists has its sessions closed, never deleted. */
class WithdrawnCoursesTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 14);
    private static final Siret PROVIDER = Siret.parse("38446899700034");
    private static final Siret OTHER_PROVIDER = Siret.parse(Fixtures.SIRETS[0]);

    private final MutableClock clock = new MutableClock(LocalDate.of(2025, 2, 1));
    private final InMemoryMembers members = new InMemoryMembers();
    private final InMemoryCourses courses = new InMemoryCourses();
    private final InMemorySessions sessions = new InMemorySessions();
    private final RecordedEvents events = new RecordedEvents();
    private final CatalogueService catalogue = new CatalogueService(courses, sessions, members, events, clock);
    private final RegistrationService registrations = new RegistrationService(sessions, courses, members,
            new ContributionService(new InMemoryContributions(), members), events, clock);
    private final Actor staff = aStaffMember();

    @Test
    void shouldCloseTheSessionsOfACourseNoLongerListedAndKeepItsRegistrations() {
        catalogue.importProviderCourses(List.of(aCourse(PROVIDER, "AF-1", aSession("S1", DAY)),
                aCourse(PROVIDER, "AF-2", aSession("S2", DAY), aSession("S3", DAY.plusMonths(1)))));
        SessionId s2 = session(PROVIDER, "S2");
        registrations.register(new Register(staff, s2, anOutsider(1)));

        WithdrawnCoursesOutcome outcome = catalogue.closeWithdrawnCourses(
                new CloseWithdrawnCourses(staff, PROVIDER, Set.of("AF-1")));

        CourseId withdrawn = sessions.get(s2).courseId();
        assertThat(outcome).isEqualTo(new WithdrawnCoursesOutcome(List.of(withdrawn), 2));
        assertThat(sessions.find(SessionQuery.all().ofCourse(withdrawn))).hasSize(2)
                .allSatisfy(s -> assertThat(s.status()).isEqualTo(SessionStatus.CLOSED));
        assertThat(sessions.get(s2).registrations()).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(RegistrationStatus.CONFIRMED));
        assertThat(sessions.get(session(PROVIDER, "S1")).status()).isEqualTo(SessionStatus.OPEN);
        assertThat(courses.all()).hasSize(2);
        assertThat(events.ofType(SessionClosed.class)).hasSize(2).allSatisfy(e -> assertThat(e.reason())
                .isEqualTo("withdrawn from the catalogue of Formation Alpes"));
    }

    @Test
    void shouldCloseNothingMoreWhenTheSameListComesAgain() {
        catalogue.importProviderCourses(List.of(aCourse(PROVIDER, "AF-1", aSession("S1", DAY)),
                aCourse(PROVIDER, "AF-2", aSession("S2", DAY))));
        CloseWithdrawnCourses onlyTheFirst = new CloseWithdrawnCourses(staff, PROVIDER, Set.of("AF-1"));
        catalogue.closeWithdrawnCourses(onlyTheFirst);
        long versionAfterClosing = sessions.get(session(PROVIDER, "S2")).version();

        WithdrawnCoursesOutcome again = catalogue.closeWithdrawnCourses(onlyTheFirst);

        assertThat(again).isEqualTo(new WithdrawnCoursesOutcome(List.of(), 0));
        assertThat(sessions.get(session(PROVIDER, "S2")).version()).isEqualTo(versionAfterClosing);
        assertThat(events.ofType(SessionClosed.class)).singleElement();
    }

    @Test
    void shouldLeaveOtherProvidersStaffSessionsAndCancelledSessionsAsTheyAre() {
        catalogue.importProviderCourses(List.of(
                aCourse(PROVIDER, "AF-1", aSession("S1", DAY), aSession("S2", DAY.plusDays(7))),
                aCourse(OTHER_PROVIDER, "AF-1", aSession("S1", DAY))));
        CourseId withdrawn = sessions.get(session(PROVIDER, "S1")).courseId();
        SessionId addedByStaff = catalogue.schedule(new ScheduleSession(staff, withdrawn, aDayOn(DAY.plusDays(14)),
                8, true));
        catalogue.cancel(new CancelSession(staff, session(PROVIDER, "S2"), "the trainer is ill"));

        WithdrawnCoursesOutcome outcome = catalogue.closeWithdrawnCourses(
                new CloseWithdrawnCourses(staff, PROVIDER, Set.of()));

        assertThat(outcome.sessionsClosed()).isEqualTo(1);
        assertThat(sessions.get(session(PROVIDER, "S1")).status()).isEqualTo(SessionStatus.CLOSED);
        assertThat(sessions.get(session(PROVIDER, "S2")).status()).isEqualTo(SessionStatus.CANCELLED);
        assertThat(sessions.get(addedByStaff).status()).isEqualTo(SessionStatus.OPEN);
        assertThat(sessions.get(session(OTHER_PROVIDER, "S1")).status()).isEqualTo(SessionStatus.OPEN);
    }

    @Test
    void shouldKeepTheSessionsClosedWhenTheCourseIsListedAgain() {
        ProviderCourse course = aCourse(PROVIDER, "AF-1", aSession("S1", DAY));
        catalogue.importProviderCourses(List.of(course));
        catalogue.closeWithdrawnCourses(new CloseWithdrawnCourses(staff, PROVIDER, Set.of()));

        ProviderCourseOutcome listedAgain = catalogue.importProviderCourse(course);

        assertThat(listedAgain.sessionsCreated()).isZero();
        assertThat(sessions.get(session(PROVIDER, "S1")).status()).isEqualTo(SessionStatus.CLOSED);
    }

    @Test
    void shouldLeaveTheClosingToStaff() {
        assertThatThrownBy(() -> catalogue.closeWithdrawnCourses(new CloseWithdrawnCourses(
                Actor.representativeOf("732829320", "paul-durand", "Paul Durand"), PROVIDER, Set.of())))
                .isInstanceOf(AccessRefusedException.class);
    }

    private SessionId session(Siret provider, String id) {
        return sessions.findByExternalReference(new ExternalReference(provider, id)).map(Session::id).orElseThrow();
    }

    private static ProviderCourse aCourse(Siret provider, String id, ProviderSession... offered) {
        return new ProviderCourse(aStaffMember(), new ExternalReference(provider, id), "Formation Alpes",
                "Course " + id, "Lead a lean project", new BigDecimal("14"), Optional.empty(), Optional.empty(),
                List.of(offered));
    }

    private static ProviderSession aSession(String id, LocalDate day) {
        return new ProviderSession(id, Schedule.on(day, 9, 0, 17, 0), new Venue("Formation Alpes", "", "38100",
                "Grenoble"), List.of(), Prices.euros("600", "800"), Optional.empty(), 10);
    }
}
