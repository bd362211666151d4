package org.filiere.persistence.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.filiere.fixtures.EventFixtures.aThematicMeetingOn;
import static org.filiere.fixtures.Fixtures.aStaffMember;
import static org.filiere.fixtures.TrainingFixtures.aCybersecurityCourse;
import static org.filiere.fixtures.TrainingFixtures.aDayOn;
import static org.filiere.fixtures.TrainingFixtures.anOutsider;

import java.time.Duration;
import java.time.LocalDate;
import java.util.stream.Stream;

import org.filiere.access.Actor;
import org.filiere.event.EventId;
import org.filiere.event.application.EventCommands.MarkEventHeld;
import org.filiere.event.application.EventCommands.PlanEvent;
import org.filiere.event.application.EventCommands.PublishEvent;
import org.filiere.event.application.EventCommands.RegisterForEvent;
import org.filiere.event.application.EventDirectory;
import org.filiere.event.application.EventService;
import org.filiere.persistence.FiliereContainer;
import org.filiere.persistence.TestDatabase;
import org.filiere.persistence.event.EventClock;
import org.filiere.privacy.RetentionReport;
import org.filiere.privacy.application.RetentionService;
import org.filiere.training.SessionId;
import org.filiere.training.application.CatalogueService;
import org.filiere.training.application.RegistrationService;
import org.filiere.training.application.TrainingCommands.AddCourse;
import org.filiere.training.application.TrainingCommands.Register;
import org.filiere.training.application.TrainingCommands.ScheduleSession;
import org.filiere.training.application.TrainingDirectory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The retention job anonymises the registrations of training sessions and events that ended longer ago than the
 * configured period (three years by default), leaves the recent ones alone, keeps the figures, and finds nothing more
 * to do when run again.
 */
class RetentionTest {

    private static final LocalDate LONG_AGO = LocalDate.of(2021, 3, 15);
    private static final LocalDate RECENTLY = LocalDate.of(2024, 3, 14);
    private final Actor staff = aStaffMember();

    static Stream<TestDatabase> databases() {
        return TestDatabase.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldAnonymiseOnlyWhatEndedBeforeTheRetentionPeriodAndKeepTheFigures(TestDatabase database) {
        try (FiliereContainer filiere = FiliereContainer.start(database, EventClock.class)) {
            EventService events = filiere.get(EventService.class);
            CatalogueService catalogue = filiere.get(CatalogueService.class);
            RegistrationService registrations = filiere.get(RegistrationService.class);
            var course = catalogue.addCourse(new AddCourse(staff, aCybersecurityCourse()));

            EventClock.CLOCK.setDay(LONG_AGO.minusMonths(1));
            EventId oldEvent = anEventWithTwoRegistrants(events, LONG_AGO);
            SessionId oldSession = catalogue.schedule(new ScheduleSession(staff, course, aDayOn(LONG_AGO), 5, true));
            registrations.register(new Register(staff, oldSession, anOutsider(1)));
            registrations.register(new Register(staff, oldSession, anOutsider(2)));
            EventClock.CLOCK.setDay(LONG_AGO);
            EventClock.CLOCK.advance(Duration.ofHours(14));
            events.markHeld(new MarkEventHeld(staff, oldEvent));
            long registrantsThen = filiere.get(EventDirectory.class).yearFigures(LONG_AGO.getYear()).registrants();

            EventClock.CLOCK.setDay(RECENTLY.minusMonths(1));
            EventId recentEvent = anEventWithTwoRegistrants(events, RECENTLY);
            SessionId recentSession = catalogue.schedule(new ScheduleSession(staff, course, aDayOn(RECENTLY), 5,
                    true));
            registrations.register(new Register(staff, recentSession, anOutsider(3)));

            EventClock.CLOCK.setDay(LocalDate.of(2024, 6, 1));
            RetentionService retention = filiere.get(RetentionService.class);
            RetentionReport report = retention.apply(staff);

            assertThat(report.affected()).containsEntry("training registrations", 2)
                    .containsEntry("event registrations and speed-meeting profiles", 2);
            TrainingDirectory training = filiere.get(TrainingDirectory.class);
            assertThat(training.registrations(staff, oldSession)).hasSize(2)
                    .allSatisfy(r -> assertThat(r.participant().isErased()).isTrue());
            assertThat(training.registrations(staff, recentSession)).singleElement()
                    .satisfies(r -> assertThat(r.participant().email()).isEqualTo("person3@example.org"));
            EventDirectory directory = filiere.get(EventDirectory.class);
            assertThat(directory.registrations(staff, oldEvent)).hasSize(2)
                    .allSatisfy(r -> assertThat(r.participant().isErased()).isTrue());
            assertThat(directory.registrations(staff, recentEvent)).hasSize(2)
                    .noneSatisfy(r -> assertThat(r.participant().isErased()).isTrue());
            assertThat(directory.yearFigures(LONG_AGO.getYear()).registrants()).isEqualTo(registrantsThen);

            assertThat(retention.apply(staff).total()).as("run again").isZero();
        }
    }

    private EventId anEventWithTwoRegistrants(EventService events, LocalDate day) {
        EventId event = events.plan(new PlanEvent(staff, aThematicMeetingOn(day), 10));
        events.publish(new PublishEvent(staff, event));
        events.register(new RegisterForEvent(staff, event, anOutsider(day.getYear() * 10 + 1)));
        events.register(new RegisterForEvent(staff, event, anOutsider(day.getYear() * 10 + 2)));
        return event;
    }
}
