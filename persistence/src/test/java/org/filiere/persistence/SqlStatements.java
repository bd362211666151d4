package org.filiere.persistence;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts the SQL statements the JPA provider sends, so that a test can tell whether a list costs one query per
 * row. Start the container with {@link #SETTINGS}; the provider creates this listener itself.
 */
public class SqlStatements extends SessionEventAdapter {

    /** The container settings that register this counter with the JPA provider. */
    public static final Map<String, String> SETTINGS = Map.of("filiere.jpa.eclipselink.session-event-listener",
            SqlStatements.class.getName());

    private static final AtomicInteger SENT = new AtomicInteger();

    @Override
    public void postExecuteCall(SessionEvent event) {
        SENT.incrementAndGet();
    }

    /** Runs the work and returns how many statements it sent. */
    public static int countedWhile(Runnable work) {
        int before = SENT.get();
        work.run();
        return SENT.get() - before;
    }

    /** Runs the work and returns how many statements it sent, with its result. */
    public static <T> Counted<T> counted(Supplier<T> work) {
        int before = SENT.get();
        T result = work.get();
        return new Counted<>(result, SENT.get() - before);
    }

    /**
     * A result and the statements it took.
     *
     * @param result     what the work returned
     * @param statements how many SQL statements were sent
     */
    public record Counted<T>(T result, int statements) {
    }
}
