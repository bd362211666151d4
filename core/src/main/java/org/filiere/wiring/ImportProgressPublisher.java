package org.filiere.wiring;

import java.time.Clock;
import java.util.OptionalLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.filiere.kernel.ImportProgress;
import org.filiere.kernel.ImportRun;

/**
 * Publishes the progress of long imports as CDI events ({@link ImportProgress}), so that an application can show
 * it: every import of the library starts its {@link ImportRun} here.
 */
@ApplicationScoped
public class ImportProgressPublisher {

    private final Event<ImportProgress> event;
    private final Clock clock;

    @Inject
    public ImportProgressPublisher(Event<ImportProgress> event, Clock clock) {
        this.event = event;
        this.clock = clock;
    }

    /** For the CDI container's proxies. */
    protected ImportProgressPublisher() {
        this(null, null);
    }

    /**
     * Starts publishing the progress of an import.
     *
     * @param source     the file's name or the feed's address
     * @param kind       what is imported, in words ("training catalogue", "tender feed")
     * @param totalBytes the size of the input, when known (a file's size, an HTTP Content-Length)
     */
    public ImportRun start(String source, String kind, OptionalLong totalBytes) {
        return ImportRun.start(source, kind, totalBytes, event::fire, clock);
    }
}
