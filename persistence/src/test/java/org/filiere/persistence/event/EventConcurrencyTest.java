package org.filiere.persistence.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.filiere.fixtures.EventFixtures.aLayoutOn;
import static org.filiere.fixtures.EventFixtures.aSpeedMeetingOn;
import static org.filiere.fixtures.Fixtures.aStaffMember;
import static org.filiere.fixtures.TrainingFixtures.anOutsider;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.filiere.access.Actor;
import org.filiere.event.EventId;
import org.filiere.event.application.EventCommands.PlanEvent;
import org.filiere.event.application.EventCommands.PublishEvent;
import org.filiere.event.application.EventCommands.RegisterForEvent;
import org.filiere.event.application.EventDirectory;
import org.filiere.event.application.EventRegistrationOutcome;
import org.filiere.event.application.EventService;
import org.filiere.persistence.FiliereContainer;
import org.filiere.persistence.TestDatabase;
import org.filiere.speedmeeting.MeetingId;
import org.filiere.speedmeeting.MeetingRequest;
import org.filiere.speedmeeting.OpenRequestCapReachedException;
import org.filiere.speedmeeting.ParticipantId;
import org.filiere.speedmeeting.RequestNoLongerOpenException;
import org.filiere.speedmeeting.RequestStatus;
import org.filiere.speedmeeting.application.SpeedMeetingCommands.AcceptMeeting;
import org.filiere.speedmeeting.application.SpeedMeetingCommands.DeclineMeeting;
import org.filiere.speedmeeting.application.SpeedMeetingCommands.JoinSpeedMeeting;
import org.filiere.speedmeeting.application.SpeedMeetingCommands.OpenSpeedMeeting;
import org.filiere.speedmeeting.application.SpeedMeetingCommands.RequestMeeting;
import org.filiere.speedmeeting.application.SpeedMeetingDirectory;
import org.filiere.speedmeeting.application.SpeedMeetingService;
import org.filiere.training.RegistrationStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Many people at once, on real threads and a real database: registrations never take more seats than there are;
 * one sender asking many people at once never goes over the cap; many answers at once are all kept; an accept and a
 * decline of the same request at once leave exactly one of them.
 */
class EventConcurrencyTest {

    private static final LocalDate DAY = LocalDate.of(2025, 6, 12);
    private static final int CAP = 5;
    private final Actor staff = aStaffMember();

    static Stream<TestDatabase> databases() {
        if (TestDatabase.postgres().isEmpty()) {
            System.out.println("EventConcurrencyTest runs on Derby only: set " + TestDatabase.POSTGRES_URL
                    + " to run it on PostgreSQL too");
        }
        return TestDatabase.all();
    }

    @BeforeEach
    void mayTheSecond() {
        EventClock.CLOCK.setDay(LocalDate.of(2025, 5, 2));
    }

    /** Runs every task on its own thread, all released at the same moment; a refusal is returned, not thrown. */
    private static <T> List<Object> allAtOnce(List<Callable<T>> tasks) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(tasks.size());
        CountDownLatch ready = new CountDownLatch(tasks.size());
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    try {
                        return task.call();
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            assertThat(ready.await(60, TimeUnit.SECONDS)).as("all threads started").isTrue();
            go.countDown();
            List<Object> results = new ArrayList<>();
            for (Future<Object> future : futures) {
                results.add(future.get(300, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldNeverSeatMoreThanTheCapacityWhenManyRegisterAtOnce(TestDatabase database) throws Exception {
        try (FiliereContainer filiere = FiliereContainer.start(database, EventClock.class)) {
            EventService events = filiere.get(EventService.class);
            EventId id = events.plan(new PlanEvent(staff, aSpeedMeetingOn(DAY), 10));
            events.publish(new PublishEvent(staff, id));

            List<Object> told = allAtOnce(IntStream.rangeClosed(1, 40).<Callable<EventRegistrationOutcome>>mapToObj(
                    i -> () -> events.register(new RegisterForEvent(staff, id, anOutsider(i)))).toList());

            assertThat(told).allMatch(EventRegistrationOutcome.class::isInstance);
            assertThat(told).filteredOn(o -> ((EventRegistrationOutcome) o).status() == RegistrationStatus.CONFIRMED)
                    .hasSize(10);
            assertThat(told).extracting(o -> ((EventRegistrationOutcome) o).waitlistPosition().orElse(0))
                    .filteredOn(position -> position > 0).containsExactlyInAnyOrderElementsOf(
                            IntStream.rangeClosed(1, 30).boxed().toList());
            assertThat(filiere.get(EventDirectory.class).event(id).orElseThrow().confirmed()).isEqualTo(10);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldKeepTheCapAndEveryAnswerWhenManyActAtOnce(TestDatabase database) throws Exception {
        try (FiliereContainer filiere = FiliereContainer.start(database, Map.of(
                "filiere.speed-meeting.open-request-cap", String.valueOf(CAP)), EventClock.class)) {
            EventService events = filiere.get(EventService.class);
            SpeedMeetingService speedMeetings = filiere.get(SpeedMeetingService.class);
            SpeedMeetingDirectory directory = filiere.get(SpeedMeetingDirectory.class);
            EventId id = events.plan(new PlanEvent(staff, aSpeedMeetingOn(DAY), 100));
            events.publish(new PublishEvent(staff, id));
            speedMeetings.open(new OpenSpeedMeeting(staff, id, aLayoutOn(DAY, 10, 10), false));
            List<ParticipantId> p = new ArrayList<>();
            for (int i = 1; i <= 21; i++) {
                EventRegistrationOutcome r = events.register(new RegisterForEvent(staff, id, anOutsider(i)));
                p.add(speedMeetings.join(new JoinSpeedMeeting(staff, id, r.registration(), "", "", "", Set.of())));
            }
            ParticipantId eager = p.get(0);

            List<Object> asked = allAtOnce(IntStream.range(1, 21).<Callable<MeetingId>>mapToObj(
                    i -> () -> speedMeetings.request(new RequestMeeting(staff, id, eager, p.get(i), "Bonjour")))
                    .toList());

            assertThat(asked).filteredOn(MeetingId.class::isInstance).hasSize(CAP);
            assertThat(asked).filteredOn(o -> !(o instanceof MeetingId))
                    .allMatch(OpenRequestCapReachedException.class::isInstance).hasSize(20 - CAP);
            assertThat(directory.requests(id)).hasSize(CAP);

            List<MeetingId> incoming = new ArrayList<>();
            for (int i = 2; i <= 20; i++) {
                incoming.add(speedMeetings.request(new RequestMeeting(staff, id, p.get(i), p.get(1), "")));
            }
            List<Object> answered = allAtOnce(IntStream.range(0, incoming.size()).<Callable<String>>mapToObj(k -> () -> {
                if (k % 2 == 0) {
                    speedMeetings.accept(new AcceptMeeting(staff, id, incoming.get(k)));
                    return "accepted";
                }
                speedMeetings.decline(new DeclineMeeting(staff, id, incoming.get(k)));
                return "declined";
            }).toList());

            assertThat(answered).containsOnly("accepted", "declined");
            Map<MeetingId, RequestStatus> stored = directory.requests(id).stream()
                    .collect(Collectors.toMap(MeetingRequest::id, MeetingRequest::status));
            for (int k = 0; k < incoming.size(); k++) {
                assertThat(stored.get(incoming.get(k))).as("answer %d kept", k)
                        .isEqualTo(k % 2 == 0 ? RequestStatus.ACCEPTED : RequestStatus.DECLINED);
            }

            MeetingId contested = speedMeetings.request(new RequestMeeting(staff, id, p.get(20), p.get(19), ""));
            List<Object> race = allAtOnce(List.<Callable<String>>of(
                    () -> {
                        speedMeetings.accept(new AcceptMeeting(staff, id, contested));
                        return "accepted";
                    },
                    () -> {
                        speedMeetings.decline(new DeclineMeeting(staff, id, contested));
                        return "declined";
                    }));
            assertThat(race).filteredOn(String.class::isInstance).hasSize(1);
            assertThat(race).filteredOn(RequestNoLongerOpenException.class::isInstance).hasSize(1);
            RequestStatus winner = directory.requests(id).stream().filter(r -> r.id().equals(contested))
                    .findFirst().map(MeetingRequest::status).orElseThrow();
            assertThat(Optional.of(winner)).contains(race.contains("accepted") ? RequestStatus.ACCEPTED
                    : RequestStatus.DECLINED);
        }
    }
}
