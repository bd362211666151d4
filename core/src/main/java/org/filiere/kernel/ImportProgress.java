package org.filiere.kernel;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Where a long import stands: how many records it has read, imported and refused so far, how fast it goes and, when
 * the size of its input is known, how much of it was read. An import publishes one when it starts, one after each
 * chunk it commits, and one when it ends; the counts only grow from one to the next.
 *
 * @param source     the file's name or the feed's address
 * @param kind       what is imported, in words ("training catalogue", "tender feed")
 * @param stage      where the import is
 * @param read       records read so far
 * @param imported   records taken so far (new, changed or found unchanged)
 * @param refused    records refused so far (sent to the dead letters)
 * @param bytesRead  bytes of the input read so far
 * @param totalBytes the size of the input, when known
 * @param elapsed    the time since the import started
 * @param occurredAt when this was measured
 */
public record ImportProgress(String source, String kind, Stage stage, long read, long imported, long refused,
        long bytesRead, OptionalLong totalBytes, Duration elapsed, Instant occurredAt) {

    /** Where an import is. */
    public enum Stage {
        /** It has opened its input and read nothing yet. */
        STARTED,
        /** It has committed one more chunk. */
        ADVANCED,
        /** It read its input to the end. */
        FINISHED,
        /** It stopped before the end of its input (what it had committed stays). */
        STOPPED;

        /** Whether no more progress of this import will come. */
        public boolean isLast() {
            return this == FINISHED || this == STOPPED;
        }
    }

    /** Checks that the counts are counts. */
    public ImportProgress {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(totalBytes, "totalBytes");
        Objects.requireNonNull(elapsed, "elapsed");
        Objects.requireNonNull(occurredAt, "occurredAt");
        if (read < 0 || imported < 0 || refused < 0 || bytesRead < 0) {
            throw new IllegalStateException("An import's counts cannot be negative");
        }
    }

    /** Records read per second since the start; 0 before a millisecond has passed. */
    public double rate() {
        long millis = elapsed.toMillis();
        return millis <= 0 ? 0 : read * 1000.0 / millis;
    }

    /**
     * The share of the input read, from 0 to 1, when its size is known; 1 once the import finished, whatever the
     * size said.
     */
    public OptionalDouble fraction() {
        if (stage == Stage.FINISHED) {
            return OptionalDouble.of(1);
        }
        if (totalBytes.isEmpty() || totalBytes.getAsLong() <= 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Math.min(1, (double) bytesRead / totalBytes.getAsLong()));
    }

    /** For example {@code "catalogue.xml: 1200 read, 1180 imported, 20 refused (850 records/s)"}. */
    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%s: %d read, %d imported, %d refused (%.0f records/s)", source,
                read, imported, refused, rate());
    }
}
