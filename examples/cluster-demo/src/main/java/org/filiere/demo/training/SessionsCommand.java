package org.filiere.demo.training;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import org.filiere.demo.ClusterDemo;
import org.filiere.demo.DemoCluster;
import org.filiere.training.Attendance;
import org.filiere.training.RegistrationRules;
import org.filiere.training.SessionFigures;
import org.filiere.training.SessionId;
import org.filiere.training.SessionQuery;
import org.filiere.training.SessionStatus;
import org.filiere.training.Speaker;
import org.filiere.training.application.RegistrationView;
import org.filiere.training.application.SessionView;
import org.filiere.training.application.TrainingDirectory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Lists training sessions, or shows one with its registrations and figures. */
@Command(name = "sessions", description = "List training sessions, or show one.",
        subcommands = {SessionsCommand.ListSessions.class, SessionsCommand.ShowSession.class})
public class SessionsCommand {

    @ParentCommand
    ClusterDemo demo;

    /** {@code sessions list}. */
    @Command(name = "list", description = "List sessions from a day on (default: today), optionally by status.")
    static class ListSessions implements Callable<Integer> {

        @ParentCommand
        SessionsCommand parent;

        @Option(names = "--from", description = "First day, as 2025-03-14 (default: today).")
        LocalDate from;

        @Option(names = "--to", description = "Last day, as 2025-06-30.")
        LocalDate to;

        @Option(names = "--status", split = ",", description = "Statuses: ${COMPLETION-CANDIDATES}.")
        List<SessionStatus> statuses;

        @Override
        public Integer call() {
            PrintStream out = parent.demo.out();
            try (DemoCluster cluster = parent.demo.open()) {
                SessionQuery query = SessionQuery.all().startingFrom((from == null ? cluster.today() : from)
                        .atStartOfDay());
                if (to != null) {
                    query = query.startingBefore(to.plusDays(1).atStartOfDay());
                }
                if (statuses != null && !statuses.isEmpty()) {
                    query = query.withStatus(statuses.toArray(SessionStatus[]::new));
                }
                List<SessionView> sessions = cluster.get(TrainingDirectory.class).sessions(query);
                for (SessionView s : sessions) {
                    out.printf("%s  %s  %-50s %-22s %-9s %2d/%-2d%s%n", TrainingRefs.shortId(s.id()),
                            s.plan().schedule().start().toString().replace('T', ' '), s.courseTitle(),
                            s.plan().venue().commune(), s.status(), s.confirmed(), s.capacity(),
                            s.waitlisted() > 0 ? " +" + s.waitlisted() + " waiting" : "");
                }
                out.printf("%d session(s)%n", sessions.size());
            }
            return 0;
        }
    }

    /** {@code sessions show SESSION}. */
    @Command(name = "show", description = "Show a session, its registrations and its figures.")
    static class ShowSession implements Callable<Integer> {

        @ParentCommand
        SessionsCommand parent;

        @Parameters(paramLabel = "SESSION", description = "The session's id, or its first characters.")
        String session;

        @Override
        public Integer call() {
            PrintStream out = parent.demo.out();
            try (DemoCluster cluster = parent.demo.open()) {
                SessionId id = TrainingRefs.session(cluster, session);
                TrainingDirectory directory = cluster.get(TrainingDirectory.class);
                SessionView s = directory.session(id).orElseThrow();
                out.printf("%s (%s)%n", s.courseTitle(), s.id());
                out.printf("  when       %s%n", s.plan().schedule());
                out.printf("  where      %s%n", s.plan().venue());
                for (Speaker speaker : s.plan().speakers()) {
                    out.printf("  speaker    %s%s%n", speaker, speaker.employer().map(m -> ", member " + m).orElse(""));
                }
                out.printf("  delivered  by %s, %s%n", s.provider().name(), s.hours()
                        .map(h -> h.stripTrailingZeros().toPlainString() + " hours").orElse("duration not given"));
                out.printf("  price      %s EUR for members, %s EUR for others; register by %s%n",
                        s.plan().prices().members(), s.plan().prices().nonMembers(),
                        s.plan().registrationDeadline().format(RegistrationRules.DAY_FORMAT));
                out.printf("  status     %s, %d of %d seats taken, %d waiting%n", s.status(), s.confirmed(),
                        s.capacity(), s.waitlisted());
                for (RegistrationView r : directory.registrations(cluster.actor(), id)) {
                    out.printf("  %s  #%-3d %-24s %-40s %-10s%s%s%n", TrainingRefs.shortId(r.id()), r.arrival(),
                            r.participant().name(), r.participant().organisation(), r.status(),
                            r.waitlistPosition().map(p -> " place " + p).orElse(""),
                            attendance(r));
                }
                SessionFigures f = directory.sessionFigures(id);
                out.printf("  figures    fill rate %s %%, attendance %s, satisfaction %s%n", f.fillRate(),
                        f.attendanceRate().map(a -> a + " %").orElse("not recorded"),
                        f.averageSatisfaction().map(a -> a + "/5").orElse("not rated"));
            }
            return 0;
        }

        private static String attendance(RegistrationView r) {
            if (r.attendance() == Attendance.NOT_RECORDED) {
                return "";
            }
            return " " + r.attendance() + r.satisfaction().map(x -> " " + x.score() + "/5").orElse("");
        }
    }
}
