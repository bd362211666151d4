package org.filiere.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.filiere.fixtures.TrainingFixtures.aDayOn;
import static org.filiere.fixtures.TrainingFixtures.anEmployeeOf;
import static org.filiere.fixtures.TrainingFixtures.anOutsider;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.filiere.fixtures.MutableClock;
import org.filiere.fixtures.TrainingFixtures;
import org.filiere.kernel.DomainEvent;
import org.filiere.kernel.InvalidFieldException;
import org.filiere.member.ContactId;
import org.filiere.member.MemberId;
import org.filiere.training.Course.CourseDescription;
import org.junit.jupiter.api.Test;

class TrainingRulesTest {

    private static final LocalDate SESSION_DAY = LocalDate.of(2025, 3, 14);
    private final MutableClock clock = new MutableClock(LocalDate.of(2025, 2, 1));
    private final CourseId courseId = CourseId.random();

    private Session anOpenSession(int seats) {
        Session session = Session.schedule(SessionId.random(), courseId, aDayOn(SESSION_DAY), seats, Optional.empty(),
                clock).session();
        session.open(clock);
        return session;
    }

    private static Session.Registered register(Session session, Participant who, MutableClock clock) {
        return session.register(RegistrationId.random(), who, false, clock);
    }

    @Test
    void shouldConfirmWhileSeatsRemainThenWaitlistInArrivalOrder() {
        Session session = anOpenSession(2);
        List<Session.Registered> done = List.of(register(session, anOutsider(1), clock),
                register(session, anOutsider(2), clock), register(session, anOutsider(3), clock),
                register(session, anOutsider(4), clock));

        assertThat(done).extracting(r -> (Object) r.event().getClass()).containsExactly(RegistrationConfirmed.class,
                RegistrationConfirmed.class, RegistrationWaitlisted.class, RegistrationWaitlisted.class);
        assertThat(done).extracting(Session.Registered::waitlistPosition)
                .containsExactly(Optional.empty(), Optional.empty(), Optional.of(1), Optional.of(2));
        assertThat(session.registrations()).extracting(Registration::arrival).containsExactly(1, 2, 3, 4);
        assertThat(session.waitlist()).extracting(r -> r.participant().name()).containsExactly("Person 3", "Person 4");
        assertThat(session.status()).isEqualTo(SessionStatus.FULL);
    }

    @Test
    void shouldPromoteFirstWaitlistedWhenSeatFrees() {
        Session session = anOpenSession(1);
        RegistrationId first = register(session, anOutsider(1), clock).registration().id();
        RegistrationId second = register(session, anOutsider(2), clock).registration().id();
        register(session, anOutsider(3), clock);

        List<DomainEvent> events = session.cancelRegistration(first, clock);

        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isInstanceOfSatisfying(RegistrationCancelled.class,
                e -> assertThat(e.previousStatus()).isEqualTo(RegistrationStatus.CONFIRMED));
        assertThat(events.get(1)).isInstanceOfSatisfying(RegistrationPromoted.class, e -> {
            assertThat(e.registrationId()).isEqualTo(second);
            assertThat(e.freedBy()).contains(first);
        });
        assertThat(session.registration(second).orElseThrow().isConfirmed()).isTrue();
        assertThat(session.registration(second).orElseThrow().promotedAt()).contains(clock.instant());
        assertThat(session.waitlist()).extracting(r -> r.participant().name()).containsExactly("Person 3");
        assertThat(session.status()).isEqualTo(SessionStatus.FULL);
    }

    @Test
    void shouldPromoteNobodyWhenAWaitlistedPersonCancels() {
        Session session = anOpenSession(1);
        register(session, anOutsider(1), clock);
        RegistrationId waiting = register(session, anOutsider(2), clock).registration().id();
        register(session, anOutsider(3), clock);

        assertThat(session.cancelRegistration(waiting, clock)).singleElement()
                .isInstanceOf(RegistrationCancelled.class);
        assertThat(session.confirmedCount()).isEqualTo(1);
        assertThat(session.waitlist()).extracting(r -> r.participant().name()).containsExactly("Person 3");
    }

    @Test
    void shouldOpenAFullSessionAgainWhenASeatFreesAndNobodyWaits() {
        Session session = anOpenSession(1);
        RegistrationId only = register(session, anOutsider(1), clock).registration().id();
        assertThat(session.status()).isEqualTo(SessionStatus.FULL);

        session.cancelRegistration(only, clock);

        assertThat(session.status()).isEqualTo(SessionStatus.OPEN);
        assertThat(register(session, anOutsider(2), clock).event()).isInstanceOf(RegistrationConfirmed.class);
    }

    @Test
    void shouldRefuseRegistrationAfterTheDeadline() {
        Session session = anOpenSession(10);
        clock.setDay(SESSION_DAY.minusDays(2));
        register(session, anOutsider(1), clock);

        clock.setDay(SESSION_DAY.minusDays(1));
        assertThatThrownBy(() -> register(session, anOutsider(2), clock))
                .isInstanceOf(RegistrationRefusedException.class)
                .hasMessage("Person 2 cannot register for the session of 14 March 2025 09:00 to 17:00 at Maison de"
                        + " l'innovation, Grenoble: the registration deadline, 12 March 2025, has passed.");
        assertThat(session.registrations()).hasSize(1);
    }

    @Test
    void shouldCountTheDeadlineInParisDays() {
        Session session = anOpenSession(10);
        clock.setDay(SESSION_DAY.minusDays(2));
        clock.advance(Duration.ofMinutes(13 * 60 + 30));
        assertThat(register(session, anOutsider(1), clock).event()).isInstanceOf(RegistrationConfirmed.class);

        clock.advance(Duration.ofHours(1));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2025-03-12T23:30:00Z"));
        assertThatThrownBy(() -> register(session, anOutsider(2), clock))
                .isInstanceOf(RegistrationRefusedException.class)
                .hasMessageEndingWith(": the registration deadline, 12 March 2025, has passed.");
    }

    @Test
    void shouldRefuseRegistrationOnceTheSessionHasStartedEvenOnTheDeadlineDay() {
        Session session = Session.schedule(SessionId.random(), courseId, new SessionPlan(Schedule.on(SESSION_DAY, 9,
                0, 17, 0), TrainingFixtures.theInnovationCentre(), List.of(), Prices.free(), SESSION_DAY), 10,
                Optional.empty(), clock).session();
        session.open(clock);
        clock.setDay(SESSION_DAY);
        clock.advance(Duration.ofMinutes(-61));
        assertThat(register(session, anOutsider(1), clock).event()).isInstanceOf(RegistrationConfirmed.class);

        clock.advance(Duration.ofMinutes(1));
        assertThatThrownBy(() -> register(session, anOutsider(2), clock))
                .isInstanceOf(RegistrationRefusedException.class)
                .hasMessage("Person 2 cannot register for the session of 14 March 2025 09:00 to 17:00 at Maison de"
                        + " l'innovation, Grenoble: the session has already started.");
        clock.advance(Duration.ofHours(10));
        assertThatThrownBy(() -> register(session, anOutsider(3), clock))
                .hasMessageEndingWith(": the session has already started.");
        assertThat(session.registrations()).hasSize(1);
    }

    @Test
    void shouldRefuseToCancelARegistrationTwiceOrOnceTheSessionHasStarted() {
        Session session = anOpenSession(1);
        RegistrationId seat = register(session, anOutsider(1), clock).registration().id();
        RegistrationId waiting = register(session, anOutsider(2), clock).registration().id();
        session.cancelRegistration(waiting, clock);

        assertThatThrownBy(() -> session.cancelRegistration(waiting, clock))
                .isInstanceOf(RegistrationRefusedException.class)
                .hasMessageEndingWith(": this registration was already cancelled.");
        clock.setDay(SESSION_DAY);
        assertThatThrownBy(() -> session.cancelRegistration(seat, clock))
                .isInstanceOf(RegistrationRefusedException.class)
                .hasMessage("Person 1 cannot cancel their registration for the session of 14 March 2025 09:00 to"
                        + " 17:00 at Maison de l'innovation, Grenoble: the session has already started.");
        assertThat(session.registration(seat).orElseThrow().isConfirmed()).isTrue();
    }

    @Test
    void shouldRefuseRegistrationOnACancelledSession() {
        Session session = anOpenSession(10);
        session.cancel("the speaker is ill", clock);

        assertThatThrownBy(() -> register(session, anOutsider(1), clock))
                .isInstanceOf(RegistrationRefusedException.class)
                .hasMessageEndingWith(": the session was cancelled (the speaker is ill).")
                .extracting(e -> ((RegistrationRefusedException) e).reason())
                .isEqualTo("the session was cancelled (the speaker is ill)");
    }

    @Test
    void shouldRefuseRegistrationBeforeOpeningAndAfterClosing() {
        Session draft = Session.schedule(SessionId.random(), courseId, aDayOn(SESSION_DAY), 10, Optional.empty(),
                clock).session();
        assertThatThrownBy(() -> register(draft, anOutsider(1), clock))
                .hasMessageEndingWith(": registrations are not open yet.");

        Session closed = anOpenSession(10);
        closed.close("enough people", clock);
        assertThatThrownBy(() -> register(closed, anOutsider(1), clock))
                .hasMessageEndingWith(": registrations are closed.");
    }

    @Test
    void shouldRefuseASecondRegistrationOfTheSamePerson() {
        Session session = anOpenSession(10);
        RegistrationId first = register(session, Participant.outsider("Anne Roux", "anne@example.org", ""), clock)
                .registration().id();

        assertThatThrownBy(() -> register(session, Participant.outsider("A. Roux", "ANNE@example.org", ""), clock))
                .isInstanceOf(RegistrationRefusedException.class)
                .hasMessageEndingWith(": A. Roux already holds a confirmed registration on it (as anne@example.org).");

        session.cancelRegistration(first, clock);
        assertThat(register(session, Participant.outsider("Anne Roux", "anne@example.org", ""), clock).event())
                .isInstanceOf(RegistrationConfirmed.class);
    }

    @Test
    void shouldRecognizeTheSameContactPersonUnderAnotherAddress() {
        MemberId member = MemberId.of("302068382");
        org.filiere.member.ContactId contact = org.filiere.member.ContactId.random();
        Session session = anOpenSession(10);
        register(session, new Participant("Paul Brun", "paul@member.example", "", Optional.of(member),
                Optional.of(contact)), clock);

        assertThatThrownBy(() -> register(session, new Participant("Paul Brun", "p.brun@gmail.example", "",
                Optional.of(member), Optional.of(contact)), clock))
                .isInstanceOf(RegistrationRefusedException.class);
    }

    @Test
    void shouldRecordAttendanceOnlyAfterTheSessionAndOnlyForConfirmedPeople() {
        Session session = anOpenSession(1);
        RegistrationId seat = register(session, anOutsider(1), clock).registration().id();
        RegistrationId waiting = register(session, anOutsider(2), clock).registration().id();

        clock.setDay(SESSION_DAY);
        assertThatThrownBy(() -> session.recordAttendance(Map.of(seat, Attendance.PRESENT), clock))
                .isInstanceOf(SessionRefusedException.class)
                .hasMessageContaining("it is not over yet; attendance is recorded after the session");

        clock.advance(Duration.ofHours(8));
        assertThatThrownBy(() -> session.recordAttendance(Map.of(waiting, Attendance.PRESENT), clock))
                .isInstanceOf(SessionRefusedException.class)
                .hasMessageContaining("their registration is waitlisted; only confirmed participants attend");

        AttendanceRecorded recorded = session.recordAttendance(Map.of(seat, Attendance.PRESENT), clock);
        assertThat(recorded.present()).isEqualTo(1);
        assertThat(recorded.firstRecord()).isTrue();
        assertThat(session.status()).isEqualTo(SessionStatus.HELD);
        assertThat(session.recordAttendance(Map.of(seat, Attendance.ABSENT), clock).firstRecord()).isFalse();
    }

    @Test
    void shouldTakeSatisfactionFromAttendeesOnlyWithAScoreFromOneToFive() {
        Session session = anOpenSession(5);
        RegistrationId came = register(session, anOutsider(1), clock).registration().id();
        RegistrationId absent = register(session, anOutsider(2), clock).registration().id();
        clock.setDay(SESSION_DAY.plusDays(1));
        session.recordAttendance(Map.of(came, Attendance.PRESENT, absent, Attendance.ABSENT), clock);

        assertThatThrownBy(() -> new Satisfaction(6, "")).isInstanceOf(InvalidTrainingDataException.class)
                .hasMessage("Satisfaction: score goes from 1 to 5, not 6.");
        assertThatThrownBy(() -> new Satisfaction(0, "")).isInstanceOf(InvalidTrainingDataException.class);
        assertThatThrownBy(() -> session.recordSatisfaction(absent, new Satisfaction(4, "")))
                .isInstanceOf(SessionRefusedException.class)
                .hasMessageContaining("only people recorded as present can rate it");
        session.recordSatisfaction(came, new Satisfaction(5, " Very concrete "));
        assertThat(session.registration(came).orElseThrow().satisfaction())
                .contains(new Satisfaction(5, "Very concrete"));
    }

    @Test
    void shouldComputeFillRateAttendanceRateAndAverageSatisfaction() {
        Session session = anOpenSession(8);
        List<RegistrationId> ids = java.util.stream.IntStream.rangeClosed(1, 6)
                .mapToObj(i -> register(session, anOutsider(i), clock).registration().id()).toList();
        clock.setDay(SESSION_DAY.plusDays(1));
        session.recordAttendance(Map.of(ids.get(0), Attendance.PRESENT, ids.get(1), Attendance.PRESENT,
                ids.get(2), Attendance.PRESENT, ids.get(3), Attendance.ABSENT), clock);
        session.recordSatisfaction(ids.get(0), new Satisfaction(5, ""));
        session.recordSatisfaction(ids.get(1), new Satisfaction(4, ""));

        SessionFigures figures = session.figures();
        assertThat(figures.fillRate()).isEqualByComparingTo("75.0");
        assertThat(figures.attendanceRate()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("50.0"));
        assertThat(figures.averageSatisfaction()).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("4.50"));
        assertThat(figures.satisfactionAnswers()).isEqualTo(2);
        assertThat(figures.present()).isEqualTo(3);
    }

    @Test
    void shouldRaiseTheSequenceOnEachChangeACalendarShowsAndOnlyThen() {
        Session session = Session.schedule(SessionId.random(), courseId, aDayOn(SESSION_DAY), 3, Optional.empty(),
                clock).session();
        assertThat(session.sequence()).as("scheduled as a draft").isZero();
        session.open(clock);
        assertThat(session.sequence()).as("opened").isEqualTo(1);
        register(session, anOutsider(1), clock);
        assertThat(session.revise(aDayOn(SESSION_DAY), clock)).isEmpty();
        assertThat(session.sequence()).as("registered, revised to the same plan").isEqualTo(1);

        assertThat(session.revise(aDayOn(SESSION_DAY.plusDays(7)), clock)).hasValueSatisfying(
                e -> assertThat(e.sequence()).isEqualTo(2));
        session.close("the room is smaller than planned", clock);
        assertThat(session.sequence()).as("closed").isEqualTo(3);
        session.open(clock);
        assertThat(session.sequence()).as("opened again").isEqualTo(4);
        session.cancel("too few registrations", clock);
        assertThat(session.sequence()).as("cancelled").isEqualTo(5);
        assertThatThrownBy(() -> session.revise(aDayOn(SESSION_DAY), clock))
                .isInstanceOf(SessionRefusedException.class).hasMessageContaining("it is cancelled");
    }

    @Test
    void shouldGiveAddedSeatsToTheWaitlistAndRefuseFewerSeatsThanConfirmed() {
        Session session = anOpenSession(1);
        register(session, anOutsider(1), clock);
        register(session, anOutsider(2), clock);
        register(session, anOutsider(3), clock);

        assertThatThrownBy(() -> session.changeCapacity(0, clock)).isInstanceOf(InvalidTrainingDataException.class);
        List<RegistrationPromoted> promoted = session.changeCapacity(2, clock);
        assertThat(promoted).singleElement().satisfies(p -> {
            assertThat(p.participant().name()).isEqualTo("Person 2");
            assertThat(p.freedBy()).isEmpty();
        });
        assertThatThrownBy(() -> session.changeCapacity(1, clock)).isInstanceOf(SessionRefusedException.class)
                .hasMessageContaining("2 registrations are already confirmed");
        session.changeCapacity(5, clock);
        assertThat(session.confirmedCount()).isEqualTo(3);
        assertThat(session.status()).isEqualTo(SessionStatus.OPEN);
    }

    @Test
    void shouldKeepAClosedSessionAndItsRegistrationsAndStillHoldIt() {
        Session session = anOpenSession(5);
        RegistrationId id = register(session, anOutsider(1), clock).registration().id();
        session.close("withdrawn from the catalogue", clock);
        assertThat(session.registrations()).hasSize(1);
        clock.setDay(SESSION_DAY.plusDays(1));
        session.recordAttendance(Map.of(id, Attendance.PRESENT), clock);
        assertThat(session.status()).isEqualTo(SessionStatus.HELD);
    }

    @Test
    void shouldEraseOneOfTwoSpeakersWithTheSameNameByTheirIdOnly() {
        Speaker anssi = Speaker.guest("Julie Morel", "ANSSI", "Regional adviser");
        Speaker bpi = Speaker.guest("Julie Morel", "Bpifrance", "Investment officer");
        Session session = Session.schedule(SessionId.random(), courseId, aDayOn(SESSION_DAY, anssi, bpi), 5,
                Optional.empty(), clock).session();
        int sequence = session.sequence();

        assertThat(anssi.id()).isNotEqualTo(bpi.id());
        assertThat(session.eraseSpeaker(anssi.id().orElseThrow())).isEqualTo(1);

        assertThat(session.speakers()).containsExactly(
                new Speaker(Optional.empty(), Speaker.ERASED_NAME, "ANSSI", "", Optional.empty()), bpi);
        assertThat(session.sequence()).isEqualTo(sequence + 1);
        assertThat(session.eraseSpeaker(anssi.id().orElseThrow())).as("a second erasure").isZero();
        assertThat(session.sequence()).isEqualTo(sequence + 1);
    }

    @Test
    void shouldReadASpeakerIdBackFromItsTextAndRefuseAnythingElse() {
        SpeakerId contact = SpeakerId.of(ContactId.random());

        assertThat(SpeakerId.parse(contact.toString())).isEqualTo(contact);
        assertThat(contact.contact()).isPresent();
        assertThat(SpeakerId.parse(" speaker:2f1c9a3e-5b7d-4e61-9c0a-7d3e2b1f4a58").contact()).isEmpty();
        assertThatThrownBy(() -> SpeakerId.parse("Julie Morel")).isInstanceOf(InvalidTrainingDataException.class)
                .hasMessageContaining("Julie Morel");
    }

    @Test
    void shouldCountSpeakerDaysInHalfDaysRoundedUp() {
        assertThat(SpeakerContributionPolicy.daysFor(new BigDecimal("3"))).isEqualByComparingTo("0.5");
        assertThat(SpeakerContributionPolicy.daysFor(new BigDecimal("3.5"))).isEqualByComparingTo("0.5");
        assertThat(SpeakerContributionPolicy.daysFor(new BigDecimal("7"))).isEqualByComparingTo("1.0");
        assertThat(SpeakerContributionPolicy.daysFor(new BigDecimal("10"))).isEqualByComparingTo("1.5");
        assertThat(SpeakerContributionPolicy.daysFor(new BigDecimal("14"))).isEqualByComparingTo("2.0");
        assertThat(SpeakerContributionPolicy.daysFor(new BigDecimal("0.5"))).isEqualByComparingTo("0.5");
    }

    @Test
    void shouldRefuseOverLongTextsAtTheAssociationsLimits() {
        assertThatThrownBy(() -> new CourseDescription("L".repeat(256), "", BigDecimal.ONE, Optional.empty(),
                Optional.empty(), Provider.association())).isInstanceOf(InvalidFieldException.class)
                .hasMessage("Course: its title is 256 characters long; at most 255 are kept");
        Session session = anOpenSession(10);
        assertThatThrownBy(() -> session.cancel("r".repeat(501), clock)).isInstanceOf(InvalidFieldException.class)
                .hasMessageEndingWith(": its reason is 501 characters long; at most 500 are kept");
        session.cancel("r".repeat(500), clock);
        assertThat(session.status()).isEqualTo(SessionStatus.CANCELLED);
    }

    @Test
    void shouldRefuseBadCourseAndSessionDataNamingTheField() {
        assertThatThrownBy(() -> new Formacode("3100")).isInstanceOf(InvalidTrainingDataException.class)
                .hasMessage("Course: FORMACODE \"3100\" is not valid: a FORMACODE has five digits, such as 31054.");
        assertThat(new NsfCode(" 326N ").value()).isEqualTo("326n");
        assertThatThrownBy(() -> new NsfCode("32")).isInstanceOf(InvalidTrainingDataException.class);
        assertThatThrownBy(() -> new CourseDescription("Lean", "", BigDecimal.ZERO, Optional.empty(), Optional.empty(),
                Provider.association())).hasMessage("Course \"Lean\": duration must be more than zero and at most 9999"
                        + " hours, not 0.");
        assertThatThrownBy(() -> Schedule.on(SESSION_DAY, 14, 0, 9, 0)).isInstanceOf(InvalidTrainingDataException.class)
                .hasMessageContaining("end must come after the start");
        assertThatThrownBy(() -> new Schedule(LocalDateTime.of(2025, 3, 30, 2, 30),
                LocalDateTime.of(2025, 3, 30, 5, 0)))
                .hasMessageContaining("an hour that does not exist in Paris that day");
        assertThatThrownBy(() -> new SessionPlan(Schedule.on(SESSION_DAY, 9, 0, 12, 0),
                TrainingFixtures.theInnovationCentre(), List.of(), Prices.free(), SESSION_DAY.plusDays(1)))
                .hasMessageContaining("registration deadline must be on or before the day it starts");
        assertThatThrownBy(() -> new Venue("Salle 2", "", "380", "Grenoble"))
                .hasMessage("Venue \"Salle 2\": postcode \"380\" is not valid: a French postcode has five digits.");
        assertThatThrownBy(() -> Participant.outsider("Anne", "anne-at-example", ""))
                .hasMessage("Participant Anne: e-mail address \"anne-at-example\" is not an e-mail address.");
        assertThatThrownBy(() -> Session.schedule(SessionId.random(), courseId, aDayOn(SESSION_DAY), 0,
                Optional.empty(), clock)).hasMessageContaining("capacity must be between 1 and 10000 seats, not 0");
        assertThatThrownBy(() -> Prices.euros("250.505", "300")).hasMessageContaining("price for members");
    }

    @Test
    void shouldCountTheYearsAndTheMembersTrainingFigures() {
        MemberId member = MemberId.of("302068382");
        CourseDescription seven = TrainingFixtures.aCybersecurityCourse();
        Course course = new Course(courseId, seven, Optional.empty(), 1);
        Session first = anOpenSession(4);
        RegistrationId a = register(first, anEmployeeOf(member, "Anne Roux"), clock).registration().id();
        RegistrationId b = register(first, anOutsider(1), clock).registration().id();
        Session second = Session.schedule(SessionId.random(), courseId, aDayOn(SESSION_DAY.plusMonths(1)), 2,
                Optional.empty(), clock).session();
        second.open(clock);
        RegistrationId c = register(second, anEmployeeOf(member, "Anne Roux"), clock).registration().id();
        RegistrationId d = register(second, anEmployeeOf(member, "Paul Brun"), clock).registration().id();
        Session notHeld = anOpenSession(10);
        register(notHeld, anOutsider(9), clock);
        clock.setDay(SESSION_DAY.plusMonths(2));
        first.recordAttendance(Map.of(a, Attendance.PRESENT, b, Attendance.PRESENT), clock);
        second.recordAttendance(Map.of(c, Attendance.PRESENT, d, Attendance.ABSENT), clock);
        first.recordSatisfaction(a, new Satisfaction(4, ""));
        second.recordSatisfaction(c, new Satisfaction(3, ""));

        TrainingFigures year = TrainingFigures.of(2025, List.of(first, second, notHeld), Map.of(courseId, course));
        assertThat(year.sessionsHeld()).isEqualTo(2);
        assertThat(year.trainees()).isEqualTo(2);
        assertThat(year.attendances()).isEqualTo(3);
        assertThat(year.traineeHours()).isEqualByComparingTo("21.0");
        assertThat(year.fillRate()).isEqualByComparingTo("66.7");
        assertThat(year.attendanceRate()).isEqualByComparingTo("75.0");
        assertThat(year.averageSatisfaction()).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("3.50"));
        assertThat(TrainingFigures.of(2024, List.of(first, second), Map.of(courseId, course)).sessionsHeld()).isZero();

        MemberTrainingFigures mine = MemberTrainingFigures.of(member, 2025, List.of(first, second, notHeld),
                Map.of(courseId, course));
        assertThat(mine.trainees()).isEqualTo(1);
        assertThat(mine.attendances()).isEqualTo(2);
        assertThat(mine.hours()).isEqualByComparingTo("14.0");
    }

    @Test
    void shouldCountNoHoursForACourseWhoseDurationIsNotKnown() {
        MemberId member = MemberId.of("302068382");
        CourseDescription known = TrainingFixtures.aCybersecurityCourse();
        CourseDescription unknown = new CourseDescription(known.title(), known.objectives(), Optional.empty(),
                known.formacode(), known.nsfCode(), known.provider());
        Course course = new Course(courseId, unknown, Optional.empty(), 1);
        Session held = anOpenSession(4);
        RegistrationId a = register(held, anEmployeeOf(member, "Anne Roux"), clock).registration().id();
        clock.setDay(SESSION_DAY.plusMonths(2));
        held.recordAttendance(Map.of(a, Attendance.PRESENT), clock);

        TrainingFigures year = TrainingFigures.of(2025, List.of(held), Map.of(courseId, course));
        assertThat(course.hours()).isEmpty();
        assertThat(year.attendances()).isEqualTo(1);
        assertThat(year.traineeHours()).isEqualByComparingTo("0");
        assertThat(MemberTrainingFigures.of(member, 2025, List.of(held), Map.of(courseId, course)).hours())
                .isEqualByComparingTo("0");
        assertThat(SpeakerContributionPolicy.daysFor(Optional.empty())).isEqualByComparingTo("0.5");
        assertThat(SpeakerContributionPolicy.daysFor(known.hours())).isEqualByComparingTo("1.0");
    }
}
