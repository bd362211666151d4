package org.filiere.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.filiere.fixtures.Fixtures.aStaffMember;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.filiere.access.AccessRefusedException;
import org.filiere.access.Actor;
import org.filiere.audit.AuditSummary;
import org.filiere.fixtures.InMemoryCourses;
import org.filiere.fixtures.InMemoryMembers;
import org.filiere.fixtures.InMemorySessions;
import org.filiere.fixtures.MutableClock;
import org.filiere.fixtures.RecordedEvents;
import org.filiere.member.Siret;
import org.filiere.training.CourseImported;
import org.filiere.training.ExternalReference;
import org.filiere.training.InvalidTrainingDataException;
import org.filiere.training.Prices;
import org.filiere.training.Schedule;
import org.filiere.training.Session;
import org.filiere.training.SessionClosed;
import org.filiere.training.SessionOpened;
import org.filiere.training.SessionQuery;
import org.filiere.training.SessionScheduled;
import org.filiere.training.SessionStatus;
import org.filiere.training.Venue;
import org.filiere.training.application.CatalogueService;
import org.filiere.training.application.ProviderCourse;
import org.filiere.training.application.ProviderCourseOutcome;
import org.filiere.training.application.ProviderSession;
import org.junit.jupiter.api.Test;

/** A catalogue imported a chunk of courses at a time ends as it would imported one course at a time. */
class ProviderImportInChunksTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 14);
    private static final String PROVIDER = "38446899700034";

    private final MutableClock clock = new MutableClock(LocalDate.of(2025, 2, 1));
    private final InMemoryCourses courses = new InMemoryCourses();
    private final InMemorySessions sessions = new InMemorySessions();
    private final RecordedEvents events = new RecordedEvents();
    private final CatalogueService catalogue = new CatalogueService(courses, sessions, new InMemoryMembers(), events,
            clock);

    @Test
    void shouldCreateTheNewCoursesOfAChunkWithTheirSessionsOpen() {
        List<ProviderCourseOutcome> outcomes = catalogue.importProviderCourses(List.of(
                aCourse("AF-1", "Lean management", aSession("S1", DAY), aSession("S2", DAY.plusMonths(1))),
                aCourse("AF-2", "Six Sigma", aSession("S3", DAY.plusDays(7)))));

        assertThat(outcomes).extracting(ProviderCourseOutcome::courseCreated).containsExactly(true, true);
        assertThat(outcomes).extracting(ProviderCourseOutcome::sessionsCreated).containsExactly(2, 1);
        assertThat(courses.all()).hasSize(2);
        assertThat(sessions.find(SessionQuery.all())).hasSize(3)
                .allSatisfy(s -> assertThat(s.status()).isEqualTo(SessionStatus.OPEN));
        assertThat(events.ofType(CourseImported.class)).hasSize(2).satisfiesExactly(
                first -> {
                    assertThat(first.courseId()).isEqualTo(outcomes.get(0).courseId());
                    assertThat(first.sessionsOpened()).isEqualTo(2);
                    assertThat(first.sessionsClosed()).isZero();
                    assertThat(first.sessionIds()).containsExactlyInAnyOrderElementsOf(
                            sessions.find(SessionQuery.all().ofCourse(first.courseId())).stream()
                                    .map(Session::id).toList());
                },
                second -> assertThat(second.sessionIds()).hasSize(1));
        assertThat(events.ofType(SessionScheduled.class)).isEmpty();
        assertThat(events.ofType(SessionOpened.class)).isEmpty();
    }

    @Test
    void shouldTellANewCourseAsOneEventWhetherImportedInAChunkOrAlone() {
        clock.setDay(DAY.plusDays(1));

        catalogue.importProviderCourse(aCourse("AF-1", "Lean management", aSession("S1", DAY),
                aSession("S2", DAY.plusMonths(1))));

        assertThat(events.ofType(CourseImported.class)).singleElement().satisfies(e -> {
            assertThat(e.sessionsOpened()).isEqualTo(1);
            assertThat(e.sessionsClosed()).isEqualTo(1);
            assertThat(e.sessionIds()).hasSize(2);
        });
        assertThat(events.ofType(SessionScheduled.class)).isEmpty();
        assertThat(AuditSummary.of(events.ofType(CourseImported.class).get(0))).contains("sessionsOpened=1",
                "sessionsClosed=1");
    }

    @Test
    void shouldTellASessionAddedToACourseImportedBeforeAsScheduledAndOpened() {
        catalogue.importProviderCourses(List.of(aCourse("AF-1", "Lean management", aSession("S1", DAY))));

        catalogue.importProviderCourses(List.of(aCourse("AF-1", "Lean management", aSession("S1", DAY),
                aSession("S2", DAY.plusMonths(1)))));

        assertThat(events.ofType(CourseImported.class)).singleElement();
        assertThat(events.ofType(SessionScheduled.class)).singleElement();
        assertThat(events.ofType(SessionOpened.class)).singleElement();
    }

    @Test
    void shouldTakeACourseImportedBeforeAsImportingItAloneWould() {
        catalogue.importProviderCourses(List.of(aCourse("AF-1", "Lean management", aSession("S1", DAY),
                aSession("S2", DAY.plusMonths(1)))));

        List<ProviderCourseOutcome> again = catalogue.importProviderCourses(List.of(
                aCourse("AF-1", "Lean management", aSession("S1", DAY)),
                aCourse("AF-2", "Six Sigma", aSession("S3", DAY.plusDays(7)))));

        assertThat(again.get(0)).satisfies(o -> {
            assertThat(o.courseCreated()).isFalse();
            assertThat(o.sessionsUnchanged()).isEqualTo(1);
            assertThat(o.sessionsClosed()).isEqualTo(1);
        });
        assertThat(again.get(1).courseCreated()).isTrue();
        assertThat(courses.all()).hasSize(2);
        assertThat(sessions.count()).isEqualTo(3);
        assertThat(events.ofType(SessionClosed.class)).singleElement();
    }

    @Test
    void shouldCloseASessionThatHadAlreadyStartedWhenImported() {
        clock.setDay(DAY.plusDays(1));

        catalogue.importProviderCourses(List.of(aCourse("AF-1", "Lean management", aSession("S1", DAY))));

        assertThat(sessions.find(SessionQuery.all())).singleElement()
                .satisfies(s -> assertThat(s.status()).isEqualTo(SessionStatus.CLOSED));
    }

    @Test
    void shouldRefuseAChunkListingACourseTwiceAndWriteNothing() {
        assertThatThrownBy(() -> catalogue.importProviderCourses(List.of(
                aCourse("AF-1", "Lean management", aSession("S1", DAY)),
                aCourse("AF-1", "Lean management again", aSession("S2", DAY)))))
                .isInstanceOf(InvalidTrainingDataException.class)
                .hasMessage("Course " + PROVIDER + "/AF-1 in the catalogue: reference is listed twice.");
        assertThat(courses.all()).isEmpty();
    }

    @Test
    void shouldRefuseACourseListingASessionTwice() {
        assertThatThrownBy(() -> catalogue.importProviderCourses(List.of(
                aCourse("AF-1", "Lean management", aSession("S1", DAY), aSession("S1", DAY.plusDays(1))))))
                .isInstanceOf(InvalidTrainingDataException.class)
                .hasMessage("Course " + PROVIDER + "/AF-1 in the catalogue: session S1 is listed twice.");
    }

    @Test
    void shouldLeaveTheImportToStaff() {
        ProviderCourse byAMember = new ProviderCourse(Actor.representativeOf("732829320", "paul-durand", "Paul Durand"),
                new ExternalReference(Siret.parse(PROVIDER), "AF-1"), "Formation Alpes", "Lean", "", BigDecimal.TEN,
                Optional.empty(), Optional.empty(), List.of(aSession("S1", DAY)));

        assertThatThrownBy(() -> catalogue.importProviderCourses(List.of(byAMember)))
                .isInstanceOf(AccessRefusedException.class);
    }

    private static ProviderCourse aCourse(String id, String title, ProviderSession... offered) {
        return new ProviderCourse(aStaffMember(), new ExternalReference(Siret.parse(PROVIDER), id), "Formation Alpes",
                title, "Lead a lean project", new BigDecimal("14"), Optional.empty(), Optional.empty(),
                List.of(offered));
    }

    private static ProviderSession aSession(String id, LocalDate day) {
        return new ProviderSession(id, Schedule.on(day, 9, 0, 17, 0), new Venue("Formation Alpes", "", "38100",
                "Grenoble"), List.of(), Prices.euros("600", "800"), Optional.empty(), 10);
    }
}
