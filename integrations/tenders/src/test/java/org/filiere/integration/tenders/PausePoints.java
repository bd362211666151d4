package org.filiere.integration.tenders;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.filiere.kernel.ImportProgress;
import org.filiere.watch.TenderReceived;

/**
 * Named points of a tender feed import where {@link CrashRecoveryImportTest} stops the import to kill its process
 * there, found from the events the import fires on its own thread: its progress, and the tenders it stores. The
 * system property {@value #PROPERTY} names one point, optionally with the chunk it concerns ({@code mid-chunk@2}:
 * in the second chunk); when the import reaches it, this bean prints {@code PAUSED <point>} on the standard output
 * and blocks the import for good. A node of {@link TenderImportNode} adds this bean; no one else does.
 */
@ApplicationScoped
public class PausePoints {

    /** The system property naming the point to pause at. */
    static final String PROPERTY = "filiere.test.pause-at";

    /** The feed was opened, before its first chunk is read. */
    static final String BEFORE_FIRST_CHUNK = "before-first-chunk";
    /** Inside a chunk's transaction, its first tender stored but nothing committed. */
    static final String MID_CHUNK = "mid-chunk";
    /** A chunk committed and its dead letters written, before the next one is read. */
    static final String BETWEEN_CHUNKS = "between-chunks";
    /** The whole feed was imported, before the drop route moves the file to {@code .done}. */
    static final String FILE_MOVE = "file-move";

    private static final String WANTED = System.getProperty(PROPERTY, "");

    private final AtomicInteger chunksCommitted = new AtomicInteger();

    void onProgress(@Observes ImportProgress progress) {
        switch (progress.stage()) {
            case STARTED -> reach(BEFORE_FIRST_CHUNK, 1);
            case ADVANCED -> reach(BETWEEN_CHUNKS, chunksCommitted.incrementAndGet());
            case FINISHED -> reach(FILE_MOVE, 1);
            default -> {
            }
        }
    }

    void onTenderStored(@Observes TenderReceived received) {
        reach(MID_CHUNK, chunksCommitted.get() + 1);
    }

    private static void reach(String point, int chunk) {
        if (!WANTED.equals(point + "@" + chunk) && !(WANTED.equals(point) && chunk == 1)) {
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
