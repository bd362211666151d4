package org.filiere.integration.partners;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.filiere.directory.PublicEvent;
import org.filiere.directory.PublishedEvents;
import org.filiere.directory.application.DirectoryService;
import org.filiere.wiring.CoreProducers;

/**
 * The association's public directory (and its published events, as JSON-LD and iCalendar, when the events feature
 * provides them) written
 * out: to any stream (the HTTP server), and to files in a folder, each replaced whole so that a reader never sees
 * half a file.
 */
@ApplicationScoped
@Named("partnerDirectoryPublication")
public class DirectoryPublication {

    /** The JSON-LD file's name. */
    public static final String JSON_LD = "directory.jsonld";
    /** The Popolo file's name. */
    public static final String POPOLO = "directory.popolo.json";
    /** The events file's name. */
    public static final String EVENTS = "events.jsonld";
    /** The events' iCalendar file's name. */
    public static final String CALENDAR = "events.ics";

    private final DirectoryService directory;
    private final Instance<PublishedEvents> events;
    private final PartnerSettings settings;
    private final Clock clock;

    @Inject
    public DirectoryPublication(DirectoryService directory, Instance<PublishedEvents> events, PartnerSettings settings,
            Clock clock) {
        this.directory = directory;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
    }

    /** For the CDI container's proxies. */
    protected DirectoryPublication() {
        this(null, null, null, null);
    }

    private DirectoryWriters writers() {
        return new DirectoryWriters(settings.clusterName(), settings.idBase(), CoreProducers.ASSOCIATION_ZONE);
    }

    public void jsonLd(OutputStream out) throws IOException {
        writers().jsonLd(directory.listings(), out);
    }

    public void popolo(OutputStream out) throws IOException {
        writers().popolo(directory.listings(), out);
    }

    /** The published events, if the events feature publishes any; nothing is written when it is not installed. */
    public boolean events(OutputStream out) throws IOException {
        Optional<List<PublicEvent>> published = events.isResolvable() ? Optional.of(events.get().upcoming())
                : Optional.empty();
        if (published.isEmpty()) {
            return false;
        }
        writers().eventsJsonLd(published.get(), out);
        return true;
    }

    /** The published events as iCalendar, if the events feature publishes any; nothing is written otherwise. */
    public boolean calendar(OutputStream out) throws IOException {
        if (!events.isResolvable()) {
            return false;
        }
        out.write(new EventCalendar(settings.idBase()).write(events.get().upcoming(), clock.instant())
                .getBytes(StandardCharsets.UTF_8));
        return true;
    }

    /** Writes the directory's files (and the events' file) into the configured folder. */
    public List<Path> writeConfiguredFiles() throws IOException {
        return settings.publishDirectory().isPresent() ? writeFiles(settings.publishDirectory().get()) : List.of();
    }

    /** Writes the directory's files (and the events' file) into a folder. */
    public List<Path> writeFiles(Path folder) throws IOException {
        Files.createDirectories(folder);
        Path jsonLd = replace(folder.resolve(JSON_LD), this::jsonLd);
        Path popolo = replace(folder.resolve(POPOLO), this::popolo);
        Path temp = Files.createTempFile(folder, ".events", ".tmp");
        boolean any;
        try (OutputStream out = Files.newOutputStream(temp)) {
            any = events(out);
        }
        if (!any) {
            Files.delete(temp);
            return List.of(jsonLd, popolo);
        }
        Files.move(temp, folder.resolve(EVENTS), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Path calendar = replace(folder.resolve(CALENDAR), this::calendar);
        return List.of(jsonLd, popolo, folder.resolve(EVENTS), calendar);
    }

    @FunctionalInterface
    private interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private static Path replace(Path target, Writer writer) throws IOException {
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try (OutputStream out = Files.newOutputStream(temp)) {
            writer.write(out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        return Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
