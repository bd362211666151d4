package org.filiere.demo.event;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;

import org.filiere.demo.ClusterDemo;
import org.filiere.demo.DemoCluster;
import org.filiere.event.EventFigures;
import org.filiere.event.EventId;
import org.filiere.event.EventKind;
import org.filiere.event.EventQuery;
import org.filiere.event.EventStatus;
import org.filiere.event.application.EventDirectory;
import org.filiere.event.application.EventRegistrationView;
import org.filiere.event.application.EventView;
import org.filiere.speedmeeting.SpeedMeetingFigures;
import org.filiere.speedmeeting.Timetable;
import org.filiere.speedmeeting.application.SpeedMeetingDirectory;
import org.filiere.training.Attendance;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Lists events, or shows one with its registrations, figures and speed-meeting. */
@Command(name = "events", description = "List events (thematic meetings, speed-meetings), or show one.",
        subcommands = {EventsCommand.ListEvents.class, EventsCommand.ShowEvent.class})
public class EventsCommand {

    @ParentCommand
    ClusterDemo demo;

    /** {@code events list}. */
    @Command(name = "list", description = "List events, optionally by year, kind and status.")
    static class ListEvents implements Callable<Integer> {

        @ParentCommand
        EventsCommand parent;

        @Option(names = "--year", description = "The year they start in.")
        Integer year;

        @Option(names = "--kind", description = "Kind: ${COMPLETION-CANDIDATES}.")
        EventKind kind;

        @Option(names = "--status", description = "Status: ${COMPLETION-CANDIDATES}.")
        EventStatus status;

        @Override
        public Integer call() {
            PrintStream out = parent.demo.out();
            try (DemoCluster cluster = parent.demo.open()) {
                EventQuery query = EventQuery.all();
                if (year != null) {
                    query = query.inYear(year);
                }
                if (kind != null) {
                    query = query.ofKind(kind);
                }
                if (status != null) {
                    query = query.withStatus(status);
                }
                List<EventView> events = cluster.get(EventDirectory.class).events(query);
                for (EventView e : events) {
                    out.printf("%s  %s  %-16s %-50s %-22s %-9s %2d/%-2d%s%n", EventRefs.shortId(e.id()),
                            e.details().start().toString().replace('T', ' '), e.details().kind().label(),
                            e.details().title(), e.details().venue().commune(), e.status(), e.confirmed(),
                            e.capacity(), e.waitlisted() > 0 ? " +" + e.waitlisted() + " waiting" : "");
                }
                out.printf("%d event(s)%n", events.size());
            }
            return 0;
        }
    }

    /** {@code events show EVENT}. */
    @Command(name = "show", description = "Show an event, its registrations, figures and speed-meeting.")
    static class ShowEvent implements Callable<Integer> {

        @ParentCommand
        EventsCommand parent;

        @Parameters(paramLabel = "EVENT", description = "The event's id, or its first characters.")
        String event;

        @Override
        public Integer call() {
            PrintStream out = parent.demo.out();
            try (DemoCluster cluster = parent.demo.open()) {
                EventId id = EventRefs.event(cluster, event);
                EventDirectory directory = cluster.get(EventDirectory.class);
                EventView e = directory.event(id).orElseThrow();
                out.printf("%s (%s, %s)%n", e.details().title(), e.details().kind().label(), e.id());
                out.printf("  when       %s%n", e.details().schedule());
                out.printf("  where      %s%n", e.details().venue());
                if (!e.details().theme().isEmpty()) {
                    out.printf("  theme      %s%n", e.details().theme());
                }
                out.printf("  organiser  %s%s%n", e.details().organiser(),
                        e.partnerNames().isEmpty() ? "" : ", with " + String.join(", ", e.partnerNames()));
                out.printf("  price      %s EUR for members, %s EUR for others%n", e.details().prices().members(),
                        e.details().prices().nonMembers());
                out.printf("  status     %s, %d of %d seats taken, %d waiting%n", e.status(), e.confirmed(),
                        e.capacity(), e.waitlisted());
                for (EventRegistrationView r : directory.registrations(cluster.actor(), id)) {
                    out.printf("  %s  #%-3d %-24s %-40s %-10s%s%s%n", EventRefs.shortId(r.id()), r.arrival(),
                            r.participant().name(), r.participant().organisation(), r.status(),
                            r.waitlistPosition().map(p -> " place " + p).orElse(""),
                            r.attendance() == Attendance.NOT_RECORDED ? "" : " " + r.attendance()
                                    + r.feedback().map(f -> " " + f.score() + "/5").orElse(""));
                }
                EventFigures f = directory.figures(id);
                out.printf("  figures    %d registrant(s) (%d members, %d others), %d present, %d no-show(s),"
                        + " attendance %s, satisfaction %s%n", f.registrants(), f.members(), f.nonMembers(),
                        f.present(), f.noShows(), f.attendanceRate().map(a -> a + " %").orElse("not recorded"),
                        f.averageSatisfaction().map(a -> a + "/5").orElse("not rated"));
                SpeedMeetingDirectory speedMeetings = cluster.get(SpeedMeetingDirectory.class);
                if (speedMeetings.isOpen(id)) {
                    SpeedMeetingFigures s = speedMeetings.figures(id);
                    out.printf("  speed-meeting  %d participant(s), %d request(s): %d accepted, %d declined, %d"
                            + " expired, %d withdrawn; %d placed in %d round(s), %d held%n",
                            speedMeetings.participants(id).size(), s.requested(), s.accepted(), s.declined(),
                            s.expired(), s.withdrawn(), s.placed(), s.roundsUsed(), s.held());
                    for (Timetable.Unplaced u : speedMeetings.unplaced(id)) {
                        out.printf("  not placed %s: %s%n", EventRefs.shortId(u.meeting()), u.reason());
                    }
                }
            }
            return 0;
        }
    }
}
