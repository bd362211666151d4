package org.filiere.demo.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;

import org.filiere.demo.ClusterDemo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** The events part of the demo as a user runs it: the tour's two events, and the event commands. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EventDemoTest {

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
    void shouldRunAThematicMeetingAndASpeedMeetingAndPrintTheirFigures() {
        int held = 0;
        int registrants = 0;
        Matcher years = Pattern.compile("Events in \\d{4}: (\\d+) held .*?, (\\d+) registrants").matcher(tour);
        while (years.find()) {
            held += Integer.parseInt(years.group(1));
            registrants += Integer.parseInt(years.group(2));
        }
        assertThat(held).isEqualTo(2);
        assertThat(registrants).isBetween(50, 60);
        assertThat(Double.parseDouble(group(tour, "Events in \\d{4}: .*attendance ([\\d.]+) %"))).isBetween(70.0, 100.0);

        String line = group(tour, "(Speed-meeting \"Tic Exchange.*)");
        int requested = Integer.parseInt(group(line, "(\\d+) requests"));
        int accepted = Integer.parseInt(group(line, "\\((\\d+) accepted"));
        int placed = Integer.parseInt(group(line, "(\\d+) meetings placed"));
        assertThat(requested).isBetween(80, 120);
        assertThat(accepted).isBetween(requested / 2, requested);
        assertThat(Integer.parseInt(group(line, "(\\d+) expired"))).isPositive();
        assertThat(placed).as("a few may find no round both can attend").isBetween(accepted - 5, accepted);
        assertThat(Integer.parseInt(group(line, "placed in (\\d+) rounds"))).isBetween(5, 10);
        assertThat(Integer.parseInt(group(line, "(\\d+) held"))).isBetween(1, placed);
        assertThat(tour).contains("Agenda of ").containsPattern("round +\\d+ +\\d\\d:\\d\\d-\\d\\d:\\d\\d +table +\\d+");
    }

    @Test
    @Order(2)
    void shouldListAndShowEvents() {
        Run list = run("events", "list");
        assertThat(list.exitCode()).isZero();
        assertThat(list.out()).contains("thematic meeting", "speed-meeting", "2 event(s)");
        String speedId = group(list.out(), "(?m)^(\\w{8}) .*speed-meeting");

        Run show = run("events", "show", speedId);
        assertThat(show.exitCode()).as(show.err()).isZero();
        assertThat(show.out()).contains("Tic Exchange", "speed-meeting", "no-show")
                .containsPattern("speed-meeting +\\d+ participant\\(s\\), \\d+ request\\(s\\)");
    }

    @Test
    @Order(3)
    void shouldPrintAParticipantsAgendaAsTextHtmlAndCalendar() throws Exception {
        String name = group(tour, "Agenda of ([^(\\n]+?) \\(");

        Run text = run("agenda", name);
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).startsWith("Agenda of " + name).contains("table");
        Run html = run("agenda", name, "--format", "html");
        assertThat(html.out()).startsWith("<!DOCTYPE html>").contains("<td>");
        Run ics = run("agenda", name, "--format", "ics");
        List<VEvent> meetings = new CalendarBuilder().build(new StringReader(ics.out())).getComponents("VEVENT");
        assertThat(meetings).hasSizeGreaterThan(1);
    }

    @Test
    @Order(4)
    void shouldScheduleASpeedMeetingAgainAndPrintTheTablePlan() {
        String speedId = group(run("events", "list", "--kind", "SPEED_MEETING").out(), "(?m)^(\\w{8}) ");

        Run schedule = run("speed-meeting", "schedule", speedId);

        assertThat(schedule.exitCode()).as(schedule.err()).isZero();
        int used = Integer.parseInt(group(schedule.out(), "placed in (\\d+) round"));
        int bound = Integer.parseInt(group(schedule.out(), "needs at least (\\d+) round"));
        int placed = Integer.parseInt(group(schedule.out(), "(\\d+) of \\d+ accepted"));
        int accepted = Integer.parseInt(group(schedule.out(), "\\d+ of (\\d+) accepted"));
        assertThat(used).as("the layout has 10 rounds").isBetween(Math.min(bound, 10), 10);
        assertThat(schedule.out().lines().filter(l -> l.startsWith("not placed"))).hasSize(accepted - placed);
        assertThat(schedule.out()).contains("Table plan", "Round 1,", "[locked]");
    }

    @Test
    @Order(5)
    void shouldRefuseBadInputWithOneLineAndExitCodeTwo() {
        Run unknownEvent = run("events", "show", "ffffffff");
        assertThat(unknownEvent.exitCode()).isEqualTo(2);
        assertThat(unknownEvent.err().strip()).isEqualTo("error: No event whose id starts with 'ffffffff' is known.");

        Run unknownPerson = run("agenda", "Nobody Here");
        assertThat(unknownPerson.exitCode()).isEqualTo(2);
        assertThat(unknownPerson.err().strip())
                .isEqualTo("error: No speed-meeting participant named 'Nobody Here' is known.");

        Run badFormat = run("agenda", "Nobody", "--format", "pdf");
        assertThat(badFormat.exitCode()).isEqualTo(2);
        assertThat(badFormat.err()).contains("'pdf' is not a format");
    }
}
