package org.filiere.integration.camel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

/** Reading one part ahead on a thread of its own hands the parts over in order, with the reading's failures. */
class ReadAheadTest {

    @Test
    void shouldHandOverEveryPartInOrderAndThenNothing() {
        AtomicInteger source = new AtomicInteger();
        List<Integer> got = new ArrayList<>();
        try (ReadAhead<Integer> ahead = new ReadAhead<>("test-reader",
                () -> source.get() < 5 ? Optional.of(source.incrementAndGet()) : Optional.empty())) {
            for (Optional<Integer> part = ahead.next(); part.isPresent(); part = ahead.next()) {
                got.add(part.get());
            }
            assertThat(ahead.next()).isEmpty();
        }
        assertThat(got).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void shouldReadOnAnotherThreadAndNeverMoreThanOnePartAhead() throws InterruptedException {
        AtomicInteger reads = new AtomicInteger();
        AtomicReference<String> readingThread = new AtomicReference<>();
        CountDownLatch secondReadDone = new CountDownLatch(1);
        CountDownLatch thirdReadStarted = new CountDownLatch(1);
        try (ReadAhead<Integer> ahead = new ReadAhead<>("test-reader", () -> {
            readingThread.set(Thread.currentThread().getName());
            int read = reads.incrementAndGet();
            if (read == 3) {
                thirdReadStarted.countDown();
            }
            if (read == 2) {
                secondReadDone.countDown();
            }
            return Optional.of(read);
        })) {
            assertThat(ahead.next()).contains(1);
            assertThat(secondReadDone.await(10, TimeUnit.SECONDS)).as("the next part is read meanwhile").isTrue();
            assertThat(thirdReadStarted.await(300, TimeUnit.MILLISECONDS))
                    .as("no part is read before the one read ahead is taken").isFalse();
            assertThat(readingThread.get()).isEqualTo("test-reader");

            assertThat(ahead.next()).contains(2);
            assertThat(thirdReadStarted.await(10, TimeUnit.SECONDS)).as("taking it starts the next read").isTrue();
        }
    }

    @Test
    void shouldThrowTheReadingsFailureWhenItsPartIsAskedForAfterThePartsBeforeIt() {
        AtomicInteger reads = new AtomicInteger();
        try (ReadAhead<Integer> ahead = new ReadAhead<>("test-reader", () -> {
            if (reads.incrementAndGet() == 3) {
                throw new IllegalArgumentException("line 3 is damaged");
            }
            return Optional.of(reads.get());
        })) {
            assertThat(ahead.next()).contains(1);
            assertThat(ahead.next()).contains(2);
            assertThatThrownBy(ahead::next).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("line 3 is damaged");
            assertThat(ahead.next()).as("nothing is read after a failure").isEmpty();
        }
    }

    @Test
    void shouldGiveAnInputFailureUncheckedWithItsCause() {
        try (ReadAhead<Integer> ahead = new ReadAhead<>("test-reader", () -> {
            throw new IOException("disk gone");
        })) {
            assertThatThrownBy(ahead::next).isInstanceOf(UncheckedIOException.class)
                    .hasRootCauseInstanceOf(IOException.class).hasRootCauseMessage("disk gone");
        }
    }

    @Test
    void shouldWaitWhenClosedForThePartBeingReadSoThatTheInputCanBeClosedAfter() throws InterruptedException {
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger finished = new AtomicInteger();
        ReadAhead<Integer> ahead = new ReadAhead<>("test-reader", () -> {
            reading.countDown();
            release.await(10, TimeUnit.SECONDS);
            finished.incrementAndGet();
            return Optional.of(1);
        });
        assertThat(reading.await(10, TimeUnit.SECONDS)).isTrue();
        AtomicInteger finishedWhenClosed = new AtomicInteger(-1);
        Thread closer = new Thread(() -> {
            ahead.close();
            finishedWhenClosed.set(finished.get());
        });
        closer.start();
        while (closer.getState() != Thread.State.TIMED_WAITING && closer.getState() != Thread.State.WAITING
                && closer.getState() != Thread.State.TERMINATED) {
            Thread.onSpinWait();
        }

        release.countDown();
        closer.join(10_000);

        assertThat(finishedWhenClosed.get()).as("the part being read was finished before close returned")
                .isEqualTo(1);
    }
}
