package org.filiere.integration.camel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Reads the next part of an input on a thread of its own while the caller writes the part it has, so that parsing a
 * large file and writing it to the database take turns on two cores instead of one. It reads one part ahead, never
 * more, and only one part is read at a time, so the reader needs no locking; each part is read after the previous one
 * was handed over. A failure of the reading is thrown by {@link #next()} as it was thrown, when the caller asks for the
 * part that failed, after the parts before it. Nothing read ahead is kept anywhere: closing drops it, and the caller
 * reads it again from the input on its next run.
 *
 * @param <T> a part of the input
 */
public final class ReadAhead<T> implements AutoCloseable {

    private static final long CLOSE_WAIT_SECONDS = 30;

    private final Callable<Optional<T>> read;
    private final ExecutorService thread;
    private Future<Optional<T>> pending;

    /**
     * Starts reading the first part.
     *
     * @param name the reading thread's name
     * @param read reads the next part, empty at the end of the input
     */
    public ReadAhead(String name, Callable<Optional<T>> read) {
        this.read = Objects.requireNonNull(read, "read");
        this.thread = Executors.newSingleThreadExecutor(task -> {
            Thread t = new Thread(task, name);
            t.setDaemon(true);
            return t;
        });
        this.pending = thread.submit(read);
    }

    /**
     * The next part, once read, and the reading of the one after it started; empty at the end of the input.
     *
     * @throws RuntimeException what the reading threw (checked exceptions other than {@link IOException} come wrapped
     *                          in an {@link IllegalStateException})
     */
    public Optional<T> next() {
        if (pending == null) {
            return Optional.empty();
        }
        Optional<T> part;
        try {
            part = pending.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pending = null;
            throw new IllegalStateException("Interrupted while waiting for the input to be read", e);
        } catch (ExecutionException e) {
            pending = null;
            throw rethrown(e.getCause());
        }
        pending = part.isPresent() ? thread.submit(read) : null;
        return part;
    }

    /**
     * Stops reading ahead: a part being read is waited for (at most {@value #CLOSE_WAIT_SECONDS} seconds), so that
     * the caller can close the input afterwards, and dropped.
     */
    @Override
    public void close() {
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
        thread.shutdown();
        try {
            thread.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static RuntimeException rethrown(Throwable failure) {
        if (failure instanceof RuntimeException runtime) {
            return runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        if (failure instanceof IOException io) {
            return new UncheckedIOException(io);
        }
        return new IllegalStateException(failure);
    }
}
