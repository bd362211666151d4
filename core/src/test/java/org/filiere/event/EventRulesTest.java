package org.filiere.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.filiere.fixtures.EventFixtures.aMembersVenue;
import static org.filiere.fixtures.EventFixtures.aThematicMeetingOn;
import static org.filiere.fixtures.TrainingFixtures.anOutsider;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.filiere.fixtures.MutableClock;
import org.filiere.kernel.InvalidFieldException;
import org.filiere.training.Attendance;
import org.filiere.training.Prices;
import org.filiere.training.RegistrationStatus;
import org.filiere.training.Satisfaction;
import org.junit.jupiter.api.Test;

/** The rules of events, one test each, and what an event does with its seats. */
class EventRulesTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 14);
    private final MutableClock clock = new MutableClock(LocalDate.of(2025, 2, 1));

    private Event aPublishedEvent(int seats) {
        Event event = Event.plan(EventId.random(), aThematicMeetingOn(DAY), seats, clock).event();
        event.publish(clock);
        return event;
    }

    @Test
    void shouldRefuseRegistrationsBeforeTheEventIsPublished() {
        Event draft = Event.plan(EventId.random(), aThematicMeetingOn(DAY), 10, clock).event();

        assertThatThrownBy(() -> draft.register(EventRegistrationId.random(), anOutsider(1), false, clock))
                .isInstanceOf(EventRegistrationRefusedException.class)
                .hasMessage("Person 1 cannot register for the thematic meeting \"Them@ Cybersécurité\" of 14 March 2025"
                        + " 09:00 to 12:30: it is not published yet.");
    }

    @Test
    void shouldRefuseRegistrationsOnceTheEventHasStarted() {
        Event event = aPublishedEvent(10);
        clock.setDay(DAY);
        clock.advance(Duration.ofMinutes(30));

        assertThatThrownBy(() -> event.register(EventRegistrationId.random(), anOutsider(1), false, clock))
                .isInstanceOf(EventRegistrationRefusedException.class).hasMessageContaining("it has already started");
    }

    @Test
    void shouldRefuseASecondRegistrationOfTheSamePerson() {
        Event event = aPublishedEvent(10);
        event.register(EventRegistrationId.random(), anOutsider(1), false, clock);

        assertThatThrownBy(() -> event.register(EventRegistrationId.random(), anOutsider(1), false, clock))
                .isInstanceOf(EventRegistrationRefusedException.class)
                .hasMessageContaining("Person 1 already holds a confirmed registration on it");
    }

    @Test
    void shouldCheckInOnlyOnTheDayAndOnlyPeopleWithASeat() {
        Event event = aPublishedEvent(1);
        EventRegistrationId seated = event.register(EventRegistrationId.random(), anOutsider(1), false, clock)
                .registration().id();
        EventRegistrationId waiting = event.register(EventRegistrationId.random(), anOutsider(2), false, clock)
                .registration().id();

        assertThatThrownBy(() -> event.checkIn(seated, clock)).isInstanceOf(CheckInRefusedException.class)
                .hasMessageContaining("check-in opens on the day of the event, 2025-03-14");
        clock.setDay(DAY);
        assertThatThrownBy(() -> event.checkIn(waiting, clock)).isInstanceOf(CheckInRefusedException.class)
                .hasMessageContaining("their registration is waitlisted");
        assertThat(event.checkIn(seated, clock)).isPresent();
        assertThat(event.checkIn(seated, clock)).as("a second check-in changes nothing").isEmpty();
    }

    @Test
    void shouldTakeFeedbackOnlyFromPeopleWhoCame() {
        Event event = aPublishedEvent(5);
        EventRegistrationId came = event.register(EventRegistrationId.random(), anOutsider(1), false, clock)
                .registration().id();
        EventRegistrationId stayedAway = event.register(EventRegistrationId.random(), anOutsider(2), false, clock)
                .registration().id();
        clock.setDay(DAY);
        event.checkIn(came, clock);
        assertThatThrownBy(() -> event.recordFeedback(came, new Satisfaction(5, "")))
                .isInstanceOf(FeedbackRefusedException.class).hasMessageContaining("not been marked as held");
        clock.advance(Duration.ofHours(4));
        event.markHeld(clock);

        event.recordFeedback(came, new Satisfaction(4, "Très concret"));
        assertThatThrownBy(() -> event.recordFeedback(stayedAway, new Satisfaction(1, "")))
                .isInstanceOf(FeedbackRefusedException.class).hasMessageContaining("only people who checked in");
    }

    @Test
    void shouldPromoteFirstWaitlistedWhenSeatFrees() {
        Event event = aPublishedEvent(1);
        EventRegistrationId first = event.register(EventRegistrationId.random(), anOutsider(1), false, clock)
                .registration().id();
        Event.Registered second = event.register(EventRegistrationId.random(), anOutsider(2), false, clock);
        event.register(EventRegistrationId.random(), anOutsider(3), false, clock);
        assertThat(second.waitlistPosition()).contains(1);

        var happened = event.cancelRegistration(first, clock);

        assertThat(happened).hasSize(2).element(1).isInstanceOfSatisfying(EventRegistrationPromoted.class,
                p -> assertThat(p.registrationId()).isEqualTo(second.registration().id()));
        assertThat(event.waitlist()).extracting(r -> r.participant().name()).containsExactly("Person 3");
    }

    @Test
    void shouldGiveAddedSeatsToTheWaitlistAndNeverGoBelowTheSeatsGiven() {
        Event event = aPublishedEvent(1);
        event.register(EventRegistrationId.random(), anOutsider(1), false, clock);
        event.register(EventRegistrationId.random(), anOutsider(2), false, clock);

        assertThat(event.changeCapacity(3, clock)).hasSize(1);
        assertThatThrownBy(() -> event.changeCapacity(1, clock)).isInstanceOf(EventRefusedException.class)
                .hasMessageContaining("2 registrations are already confirmed");
    }

    @Test
    void shouldCountThoseNotCheckedInAsNoShowsWhenHeld() {
        Event event = aPublishedEvent(3);
        EventRegistrationId came = event.register(EventRegistrationId.random(), anOutsider(1), true, clock)
                .registration().id();
        event.register(EventRegistrationId.random(), anOutsider(2), false, clock);
        clock.setDay(DAY);
        event.checkIn(came, clock);
        assertThatThrownBy(() -> event.markHeld(clock)).isInstanceOf(EventRefusedException.class)
                .hasMessageContaining("it is not over yet");
        clock.advance(Duration.ofHours(3));

        EventHeld held = event.markHeld(clock);

        assertThat(held.present()).isEqualTo(1);
        assertThat(held.noShows()).isEqualTo(1);
        assertThat(event.registrations()).extracting(EventRegistration::attendance)
                .containsExactly(Attendance.PRESENT, Attendance.ABSENT);
        EventFigures figures = event.figures();
        assertThat(figures.members()).isEqualTo(1);
        assertThat(figures.nonMembers()).isEqualTo(1);
        assertThat(figures.attendanceRate()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("50.0"));
    }

    @Test
    void shouldRaiseTheSequenceOnPublishReviseAndCancel() {
        Event event = aPublishedEvent(3);
        assertThat(event.sequence()).isEqualTo(1);
        EventDetails later = aThematicMeetingOn(DAY.plusDays(1));

        assertThat(event.revise(later, clock)).hasValueSatisfying(r -> assertThat(r.sequence()).isEqualTo(2));
        assertThat(event.revise(later, clock)).as("nothing changed").isEmpty();
        event.cancel("Intervenant malade", clock);

        assertThat(event.sequence()).isEqualTo(3);
        assertThat(event.status()).isEqualTo(EventStatus.CANCELLED);
    }

    @Test
    void shouldRefuseBadDetailsNamingTheEventAndTheField() {
        assertThatThrownBy(() -> new EventDetails(EventKind.OTHER, "Assemblée générale", "", "", aMembersVenue(),
                DAY.atTime(18, 0), DAY.atTime(17, 0), Prices.free(), "Claire Martin", List.of()))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("Event \"Assemblée générale\": its end must come after its start (2025-03-14T18:00), not"
                        + " at 2025-03-14T17:00");
        assertThatThrownBy(() -> new EventDetails(EventKind.OTHER, "x".repeat(300), "", "", aMembersVenue(),
                DAY.atTime(9, 0), DAY.atTime(10, 0), Prices.free(), "Claire Martin", List.of()))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("its title is 300 characters long");
        assertThatThrownBy(() -> new EventDetails(EventKind.OTHER, "Visite", "", "", aMembersVenue(),
                LocalDate.of(2025, 3, 30).atTime(2, 30), LocalDate.of(2025, 3, 30).atTime(5, 0), Prices.free(),
                "Claire Martin", List.of())).isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("does not exist in Paris");
        assertThatThrownBy(() -> EventDetails.prices("Visite", "-5", "10")).isInstanceOf(InvalidFieldException.class)
                .hasMessage("Event \"Visite\": its price for members must be zero or more euros, in cents at most, "
                        + "not -5");
        assertThatThrownBy(() -> Event.plan(EventId.random(), aThematicMeetingOn(DAY), 0, clock))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("its capacity must be between 1");
    }

    @Test
    void shouldKeepRegistrationsOfACancelledEventAndRefuseNewOnes() {
        Event event = aPublishedEvent(3);
        event.register(EventRegistrationId.random(), anOutsider(1), false, clock);

        EventCancelled cancelled = event.cancel("Salle indisponible", clock);

        assertThat(cancelled.affected()).hasSize(1);
        assertThat(event.registrations()).extracting(EventRegistration::status)
                .containsExactly(RegistrationStatus.CONFIRMED);
        assertThatThrownBy(() -> event.register(EventRegistrationId.random(), anOutsider(2), false, clock))
                .hasMessageContaining("it was cancelled (Salle indisponible)");
    }
}
