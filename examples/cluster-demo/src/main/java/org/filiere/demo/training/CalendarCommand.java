package org.filiere.demo.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.filiere.demo.ClusterDemo;
import org.filiere.demo.DemoCluster;
import org.filiere.training.application.TrainingCalendar;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Exports one session, or the feed of open sessions, as an iCalendar file. */
@Command(name = "calendar", description = "Export a session, or the feed of open sessions, as iCalendar (.ics).")
public class CalendarCommand implements Callable<Integer> {

    @ParentCommand
    ClusterDemo demo;

    @Parameters(arity = "0..1", paramLabel = "SESSION",
            description = "The session's id or its first characters; without it, the feed of open sessions.")
    String session;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to this file instead of printing.")
    Path output;

    @Override
    public Integer call() {
        try (DemoCluster cluster = demo.open()) {
            TrainingCalendar calendar = cluster.get(TrainingCalendar.class);
            String ics = session == null ? calendar.openSessionsFeed()
                    : calendar.session(TrainingRefs.session(cluster, session));
            if (output == null) {
                demo.out().print(ics);
            } else {
                try {
                    Files.writeString(output, ics, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot write " + output, e);
                }
                demo.out().printf("Wrote %s (%d event(s)).%n", output, ics.split("BEGIN:VEVENT", -1).length - 1);
            }
        }
        return 0;
    }
}
