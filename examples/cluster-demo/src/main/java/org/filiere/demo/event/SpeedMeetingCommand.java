package org.filiere.demo.event;

import java.io.PrintStream;
import java.util.concurrent.Callable;

import org.filiere.demo.ClusterDemo;
import org.filiere.demo.DemoCluster;
import org.filiere.event.EventId;
import org.filiere.speedmeeting.Timetable;
import org.filiere.speedmeeting.application.SpeedMeetingCommands.ScheduleMeetings;
import org.filiere.speedmeeting.application.SpeedMeetingDirectory;
import org.filiere.speedmeeting.application.SpeedMeetingService;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Schedules a speed-meeting, or prints its table plan. */
@Command(name = "speed-meeting", description = "Schedule a speed-meeting, or print its table plan.",
        subcommands = {SpeedMeetingCommand.Schedule.class, SpeedMeetingCommand.Tables.class})
public class SpeedMeetingCommand {

    @ParentCommand
    ClusterDemo demo;

    /** {@code speed-meeting schedule EVENT}. */
    @Command(name = "schedule", description = "Place every accepted meeting in rounds and at tables, publish the"
            + " timetable and print the table plan.")
    static class Schedule implements Callable<Integer> {

        @ParentCommand
        SpeedMeetingCommand parent;

        @Parameters(paramLabel = "EVENT", description = "The speed-meeting event's id, or its first characters.")
        String event;

        @Override
        public Integer call() {
            PrintStream out = parent.demo.out();
            try (DemoCluster cluster = parent.demo.open()) {
                EventId id = EventRefs.event(cluster, event);
                Timetable timetable = cluster.get(SpeedMeetingService.class).schedule(new ScheduleMeetings(
                        cluster.actor(), id));
                int accepted = timetable.placements().size() + timetable.unplaced().size();
                out.printf("%d of %d accepted meeting(s) placed in %d round(s); placing them all needs at least %d"
                        + " round(s)%n", timetable.placements().size(), accepted, timetable.roundsUsed(),
                        timetable.lowerBound());
                for (Timetable.Unplaced u : timetable.unplaced()) {
                    out.printf("not placed %s: %s%n", EventRefs.shortId(u.meeting()), u.reason());
                }
                out.print(cluster.get(SpeedMeetingDirectory.class).tablePlanText(id));
            }
            return 0;
        }
    }

    /** {@code speed-meeting tables EVENT}. */
    @Command(name = "tables", description = "Print who sits at which table in each round.")
    static class Tables implements Callable<Integer> {

        @ParentCommand
        SpeedMeetingCommand parent;

        @Parameters(paramLabel = "EVENT", description = "The speed-meeting event's id, or its first characters.")
        String event;

        @Override
        public Integer call() {
            try (DemoCluster cluster = parent.demo.open()) {
                parent.demo.out().print(cluster.get(SpeedMeetingDirectory.class)
                        .tablePlanText(EventRefs.event(cluster, event)));
            }
            return 0;
        }
    }
}
