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
        CountDownLatch secondRead = new CountDownLatch(2);
        try (ReadAhead<Integer> ahead = new ReadAhead<>("test-reader", () -> {
            readingThread.set(Thread.currentThread().getName());
            secondRead.countDown();
            return Optional.of(reads.incrementAndGet());
        })) {
            assertThat(ahead.next()).contains(1);
            assertThat(secondRead.await(10, TimeUnit.SECONDS)).as("the next part is read meanwhile").isTrue();
            Thread.sleep(200);
            assertThat(reads.get()).as("one part ahead, not more").isEqualTo(2);
            assertThat(readingThread.get()).isEqualTo("test-reader");
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
        AtomicInteger finished = new AtomicInteger();
        ReadAhead<Integer> ahead = new ReadAhead<>("test-reader", () -> {
            reading.countDown();
            Thread.sleep(300);
            finished.incrementAndGet();
            return Optional.of(1);
        });
        assertThat(reading.await(10, TimeUnit.SECONDS)).isTrue();

        ahead.close();

        assertThat(finished.get()).as("the part being read was finished before close returned").isEqualTo(1);
    }
}
