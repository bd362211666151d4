package org.filiere.persistence.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.filiere.fixtures.Fixtures.aStaffMember;
import static org.filiere.fixtures.TrainingFixtures.aCybersecurityCourse;
import static org.filiere.fixtures.TrainingFixtures.aDayOn;
import static org.filiere.fixtures.TrainingFixtures.anOutsider;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.filiere.access.Actor;
import org.filiere.kernel.DomainEvent;
import org.filiere.persistence.FiliereContainer;
import org.filiere.persistence.TestDatabase;
import org.filiere.training.RegistrationConfirmed;
import org.filiere.training.RegistrationId;
import org.filiere.training.RegistrationPromoted;
import org.filiere.training.RegistrationStatus;
import org.filiere.training.RegistrationWaitlisted;
import org.filiere.training.SessionId;
import org.filiere.training.SessionStatus;
import org.filiere.training.application.CatalogueService;
import org.filiere.training.application.RegistrationOutcome;
import org.filiere.training.application.RegistrationService;
import org.filiere.training.application.RegistrationView;
import org.filiere.training.application.TrainingCommands.AddCourse;
import org.filiere.training.application.TrainingCommands.CancelRegistration;
import org.filiere.training.application.TrainingCommands.Register;
import org.filiere.training.application.TrainingCommands.ScheduleSession;
import org.filiere.training.application.TrainingDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two hundred people register for a twenty-seat session at the same moment, through the application service, on
 * real threads and a real database: exactly twenty get a seat, the hundred and eighty others wait in one
 * consistent order, nobody is lost or registered twice; then five cancellations at once promote exactly the first
 * five on the waitlist.
 */
class RegistrationConcurrencyTest {

    private static final int PEOPLE = 200;
    private static final int SEATS = 20;
    private static final int CANCELLATIONS = 5;
    private static final LocalDate DAY = LocalDate.of(2025, 3, 14);
    private final Actor staff = aStaffMember();

    static Stream<TestDatabase> databases() {
        return TestDatabase.all();
    }

    /** Observes the registration events, as an embedding application would. */
    @Singleton
    public static class Observed {
        final List<DomainEvent> events = new CopyOnWriteArrayList<>();

        void on(@Observes DomainEvent event) {
            events.add(event);
        }

        <E> List<E> of(Class<E> type) {
            return events.stream().filter(type::isInstance).map(type::cast).toList();
        }
    }

    @BeforeEach
    void februaryFirst() {
        SettableClock.CLOCK.setDay(LocalDate.of(2025, 2, 1));
    }

    /** Runs every task on its own thread, all released at the same moment, and returns their results. */
    private static <T> List<T> allAtOnce(List<Callable<T>> tasks) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(tasks.size());
        CountDownLatch ready = new CountDownLatch(tasks.size());
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return task.call();
                }));
            }
            assertThat(ready.await(60, TimeUnit.SECONDS)).as("all threads started").isTrue();
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(300, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldSeatExactlyTwentyOfTwoHundredAndPromoteTheFirstWaitlistedOnCancellations(TestDatabase database)
            throws Exception {
        try (FiliereContainer filiere = FiliereContainer.start(database, SettableClock.class, Observed.class)) {
            CatalogueService catalogue = filiere.get(CatalogueService.class);
            RegistrationService registrations = filiere.get(RegistrationService.class);
            TrainingDirectory directory = filiere.get(TrainingDirectory.class);
            Observed observed = filiere.get(Observed.class);
            SessionId session = catalogue.schedule(new ScheduleSession(staff,
                    catalogue.addCourse(new AddCourse(staff, aCybersecurityCourse())), aDayOn(DAY), SEATS, true));

            List<RegistrationOutcome> told = allAtOnce(IntStream.rangeClosed(1, PEOPLE)
                    .<Callable<RegistrationOutcome>>mapToObj(i -> () -> registrations.register(
                            new Register(staff, session, anOutsider(i)))).toList());

            List<RegistrationView> stored = directory.registrations(staff, session);
            assertThat(stored).hasSize(PEOPLE);
            assertThat(stored).extracting(r -> r.participant().email()).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, PEOPLE)
                            .mapToObj(i -> anOutsider(i).email()).toList());
            assertThat(stored).extracting(RegistrationView::arrival)
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, PEOPLE).boxed().toList());
            assertThat(stored).filteredOn(r -> r.status() == RegistrationStatus.CONFIRMED)
                    .extracting(RegistrationView::arrival)
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, SEATS).boxed().toList());
            assertThat(stored).filteredOn(r -> r.status() == RegistrationStatus.WAITLISTED)
                    .extracting(r -> r.waitlistPosition().orElseThrow())
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, PEOPLE - SEATS).boxed().toList());

            assertThat(told).filteredOn(o -> o.status() == RegistrationStatus.CONFIRMED).hasSize(SEATS);
            assertThat(told).filteredOn(o -> o.status() == RegistrationStatus.WAITLISTED).hasSize(PEOPLE - SEATS);
            for (RegistrationOutcome outcome : told) {
                RegistrationView row = stored.stream().filter(r -> r.id().equals(outcome.registrationId()))
                        .findFirst().orElseThrow();
                assertThat(row.status()).as("status told to the person and stored").isEqualTo(outcome.status());
                assertThat(row.waitlistPosition()).as("place told and stored").isEqualTo(outcome.waitlistPosition());
            }
            assertThat(observed.of(RegistrationConfirmed.class)).hasSize(SEATS);
            assertThat(observed.of(RegistrationWaitlisted.class)).hasSize(PEOPLE - SEATS);
            assertThat(directory.session(session).orElseThrow().status()).isEqualTo(SessionStatus.FULL);

            List<RegistrationId> firstWaitlisted = stored.stream()
                    .filter(r -> r.status() == RegistrationStatus.WAITLISTED)
                    .sorted(Comparator.comparing(r -> r.waitlistPosition().orElseThrow()))
                    .limit(CANCELLATIONS).map(RegistrationView::id).toList();
            List<RegistrationId> leaving = stored.stream().filter(r -> r.status() == RegistrationStatus.CONFIRMED)
                    .skip(7).limit(CANCELLATIONS).map(RegistrationView::id).toList();

            List<Optional<RegistrationId>> promoted = allAtOnce(leaving.stream()
                    .<Callable<Optional<RegistrationId>>>map(id -> () -> registrations.cancel(
                            new CancelRegistration(staff, session, id))).toList());

            assertThat(promoted).extracting(Optional::orElseThrow).containsExactlyInAnyOrderElementsOf(firstWaitlisted);
            assertThat(observed.of(RegistrationPromoted.class)).extracting(RegistrationPromoted::registrationId)
                    .containsExactlyInAnyOrderElementsOf(firstWaitlisted);
            List<RegistrationView> after = directory.registrations(staff, session);
            assertThat(after).filteredOn(r -> r.status() == RegistrationStatus.CONFIRMED).hasSize(SEATS)
                    .extracting(RegistrationView::id).containsAll(firstWaitlisted).doesNotContainAnyElementsOf(leaving);
            assertThat(after).filteredOn(r -> r.status() == RegistrationStatus.CANCELLED)
                    .extracting(RegistrationView::id).containsExactlyInAnyOrderElementsOf(leaving);
            assertThat(after).filteredOn(r -> r.status() == RegistrationStatus.WAITLISTED)
                    .extracting(RegistrationView::arrival, r -> r.waitlistPosition().orElseThrow())
                    .containsExactlyElementsOf(IntStream.rangeClosed(SEATS + CANCELLATIONS + 1, PEOPLE)
                            .mapToObj(a -> org.assertj.core.groups.Tuple.tuple(a, a - SEATS - CANCELLATIONS))
                            .toList());
        }
    }
}
