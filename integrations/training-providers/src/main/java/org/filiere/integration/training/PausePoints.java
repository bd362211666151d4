package org.filiere.integration.training;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Named points of a catalogue import where a crash-recovery test stops the import to kill its process there. The
 * system property {@value #PROPERTY} names one point, optionally with the time it is reached
 * ({@code mid-chunk@2}: the second time); when the import reaches it, it prints {@code PAUSED <point>} on the
 * standard output and blocks for good. Without the property, which is how the library runs, reaching a point does
 * nothing.
 */
final class PausePoints {

    /** The system property naming the point to pause at. */
    static final String PROPERTY = "filiere.test.pause-at";

    /** Once the file was opened, before its first chunk is imported. */
    static final String BEFORE_FIRST_CHUNK = "before-first-chunk";
    /** Inside a chunk's transaction, its courses and claims written but not committed. */
    static final String MID_CHUNK = "mid-chunk";
    /** After a chunk committed, before the next one is read. */
    static final String BETWEEN_CHUNKS = "between-chunks";
    /** Once the whole file was imported, before the file moves to {@code .done}. */
    static final String FILE_MOVE = "file-move";

    private static final String WANTED = System.getProperty(PROPERTY, "");
    private static final Map<String, AtomicInteger> REACHED = new ConcurrentHashMap<>();

    private PausePoints() {
    }

    /** Notes that the import reached a point. */
    static void reach(String point) {
        if (WANTED.isEmpty() || !WANTED.startsWith(point)) {
            return;
        }
        int at = WANTED.contains("@") ? Integer.parseInt(WANTED.substring(WANTED.indexOf('@') + 1)) : 1;
        if (!WANTED.equals(point) && !WANTED.equals(point + "@" + at)) {
            return;
        }
        if (REACHED.computeIfAbsent(point, p -> new AtomicInteger()).incrementAndGet() != at) {
            return;
        }
        System.out.println("PAUSED " + WANTED);
        System.out.flush();
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
