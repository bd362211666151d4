package org.filiere.kernel;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Consumer;

import org.filiere.kernel.ImportProgress.Stage;

/**
 * One import as it goes: it counts the bytes read through {@link #counting(InputStream)} and the records the import
 * says it read, took and refused, and hands an {@link ImportProgress} to its listener when it starts, after each
 * chunk, and when it ends. Closing a run that did not {@link #finish()} tells that it stopped.
 */
public final class ImportRun implements AutoCloseable {

    private final String source;
    private final String kind;
    private final OptionalLong totalBytes;
    private final Consumer<ImportProgress> listener;
    private final Clock clock;
    private final long startedNanos;
    /** Counted by the thread that reads the input, which may not be the one that publishes. */
    private volatile long bytesRead;
    /** The end of the last chunk done, when the import reads ahead of what it has done; -1 when it does not say. */
    private long bytesDone = -1;
    private long read;
    private long imported;
    private long refused;
    private boolean over;

    private ImportRun(String source, String kind, OptionalLong totalBytes, Consumer<ImportProgress> listener,
            Clock clock) {
        this.source = Objects.requireNonNull(source, "source");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.totalBytes = Objects.requireNonNull(totalBytes, "totalBytes");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.startedNanos = System.nanoTime();
    }

    /**
     * Starts a run and tells the listener so.
     *
     * @param source     the file's name or the feed's address
     * @param kind       what is imported, in words
     * @param totalBytes the size of the input, when known
     */
    public static ImportRun start(String source, String kind, OptionalLong totalBytes,
            Consumer<ImportProgress> listener, Clock clock) {
        ImportRun run = new ImportRun(source, kind, totalBytes, listener, clock);
        run.publish(Stage.STARTED);
        return run;
    }

    /** The input, counted as the import reads it. */
    public InputStream counting(InputStream in) {
        return new FilterInputStream(in) {
            private long marked;

            @Override
            public int read() throws IOException {
                int b = super.read();
                bytesRead += b < 0 ? 0 : 1;
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                bytesRead += Math.max(n, 0);
                return n;
            }

            @Override
            public long skip(long n) throws IOException {
                long skipped = super.skip(n);
                bytesRead += skipped;
                return skipped;
            }

            @Override
            public synchronized void mark(int limit) {
                super.mark(limit);
                marked = bytesRead;
            }

            @Override
            public synchronized void reset() throws IOException {
                super.reset();
                bytesRead = marked;
            }
        };
    }

    /**
     * How many bytes of the input were read so far, by whichever thread reads it: an import that reads ahead notes it
     * at the end of each chunk and gives it back to {@link #advance(long, long, long, long)} once the chunk is done.
     */
    public long bytesRead() {
        return bytesRead;
    }

    /**
     * Adds what one more chunk did, which ended at this byte of the input, and tells the listener: what was read
     * ahead of the chunk is not told as done.
     */
    public void advance(long recordsRead, long recordsImported, long recordsRefused, long bytesThrough) {
        if (!over) {
            bytesDone = bytesThrough;
        }
        advance(recordsRead, recordsImported, recordsRefused);
    }

    /** Adds what one more chunk did, and tells the listener. */
    public void advance(long recordsRead, long recordsImported, long recordsRefused) {
        if (over) {
            return;
        }
        read += recordsRead;
        imported += recordsImported;
        refused += recordsRefused;
        publish(Stage.ADVANCED);
    }

    /** Tells the listener that the import read its input to the end. */
    public void finish() {
        if (!over) {
            over = true;
            publish(Stage.FINISHED);
        }
    }

    /** Tells the listener that the import stopped, unless it finished. */
    @Override
    public void close() {
        if (!over) {
            over = true;
            publish(Stage.STOPPED);
        }
    }

    private void publish(Stage stage) {
        long bytes = stage == Stage.FINISHED || bytesDone < 0 ? bytesRead : bytesDone;
        listener.accept(new ImportProgress(source, kind, stage, read, imported, refused, bytes, totalBytes,
                Duration.ofNanos(System.nanoTime() - startedNanos), clock.instant()));
    }
}
