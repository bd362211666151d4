package org.filiere.demo.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

import org.filiere.demo.ClusterDemo;
import org.filiere.wiring.CoreProducers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** The training part of the demo as a user runs it: the replayed year, and the training commands. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TrainingDemoTest {

    @TempDir
    static Path dataDir;

    private static String tour;

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dataDir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int code = ClusterDemo.run(all, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String group(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as("'%s' in:%n%s", regex, text).isTrue();
        return m.group(1);
    }

    @BeforeAll
    static void runTheTour() {
        Run run = run("tour");
        assertThat(run.exitCode()).as(run.err()).isZero();
        tour = run.out();
    }

    @Test
    @Order(1)
    void shouldReplayAYearOfTrainingAndPrintItsFigures() {
        int lastYear = LocalDate.now(CoreProducers.ASSOCIATION_ZONE).getYear() - 1;
        String line = group(tour, "(Training in " + lastYear + ": .*)");

        assertThat(Integer.parseInt(group(line, ": (\\d+) sessions held"))).isBetween(18, 22);
        int trainees = Integer.parseInt(group(line, "held, (\\d+) trainees"));
        int attendances = Integer.parseInt(group(line, "trainees \\((\\d+) attendances"));
        assertThat(trainees).isBetween(100, attendances);
        assertThat(Double.parseDouble(group(line, "fill rate ([\\d.]+) %"))).isBetween(50.0, 100.0);
        assertThat(Double.parseDouble(group(line, "attendance ([\\d.]+) %"))).isBetween(80.0, 97.0);
        assertThat(Double.parseDouble(group(line, "satisfaction ([\\d.]+)/5"))).isBetween(3.8, 4.8);
        assertThat(Double.parseDouble(group(line, "attendances\\), ([\\d.]+) trainee hours")))
                .isGreaterThan(attendances * 3.0);
        // 3 to 8 of the association's own, and the 7 the catalogues' step imports from training organisations
        assertThat(Integer.parseInt(group(tour, "open for registration: (\\d+) session"))).isBetween(10, 15);
        assertThat(tour).contains("Training in " + (lastYear + 1) + " to date: ");
    }

    @Test
    @Order(2)
    void shouldRegisterRefuseADuplicateExportAndCancelOnAnOpenSession() throws Exception {
        Run list = run("sessions", "list", "--status", "OPEN,FULL");
        assertThat(list.exitCode()).isZero();
        String session = group(list.out(), "(?m)^([0-9a-f]{8})  ");

        Run register = run("register", session, "--name", "Alice Martin", "--email", "alice.martin@example.org");
        Run again = run("register", session, "--name", "A. Martin", "--email", "ALICE.MARTIN@example.org");

        assertThat(register.exitCode()).as(register.err()).isZero();
        assertThat(register.out()).startsWith("Registered Alice Martin: ");
        String registration = group(register.out(), "\\(registration ([0-9a-f]{8})\\)");
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).startsWith("error: A. Martin cannot register for the session of ")
                .contains("A. Martin already holds a");
        assertThat(run("sessions", "show", session).out()).contains(registration).contains("Alice Martin");

        Path file = dataDir.resolve("session.ics");
        Run export = run("calendar", session, "--output", file.toString());
        assertThat(export.out()).contains("(1 event(s))");
        List<VEvent> events = new CalendarBuilder().build(Files.newBufferedReader(file)).getComponents(VEvent.VEVENT);
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.<Property>getProperty(Property.UID).orElseThrow().getValue()).startsWith(session);
            assertThat(e.<Property>getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CONFIRMED");
        });
        assertThat(run("calendar").out()).startsWith("BEGIN:VCALENDAR").contains("UID:" + session);

        Run cancel = run("cancel-registration", session, registration);
        assertThat(cancel.exitCode()).as(cancel.err()).isZero();
        assertThat(cancel.out()).startsWith("Cancelled registration " + registration + ".");
    }

    @Test
    @Order(3)
    void shouldRefuseAttendanceBeforeTheSessionIsOverAndCorrectItAfter() {
        String open = group(run("sessions", "list", "--status", "OPEN,FULL").out(), "(?m)^([0-9a-f]{8})  ");
        Run early = run("attendance", open);
        assertThat(early.exitCode()).isEqualTo(2);
        assertThat(early.err()).contains("it is not over yet; attendance is recorded after the session");

        int lastYear = LocalDate.now(CoreProducers.ASSOCIATION_ZONE).getYear() - 1;
        String held = group(run("sessions", "list", "--from", lastYear + "-01-01", "--to", lastYear + "-12-31",
                "--status", "HELD").out(), "(?m)^([0-9a-f]{8})  ");
        String present = group(run("sessions", "show", held).out(), "(?m)^  ([0-9a-f]{8})  .* PRESENT");
        Run corrected = run("attendance", held, "--absent", present);
        assertThat(corrected.exitCode()).as(corrected.err()).isZero();
        assertThat(corrected.out()).startsWith("Attendance recorded: ");
        assertThat(run("sessions", "show", held).out()).containsPattern("(?m)^  " + present + "  .* ABSENT");
    }
}
