package org.filiere.speedmeeting;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.filiere.calendar.CalendarEntry;
import org.filiere.calendar.CalendarEntry.EntryStatus;
import org.filiere.calendar.CalendarFile;
import org.filiere.training.Schedule;

/**
 * A participant's agenda as plain text, as an HTML page (every value escaped) and as an iCalendar file (one entry
 * per meeting, whose UID is the meeting's id and whose SEQUENCE is raised when its slot changes); and the organisers'
 * table plan as text.
 */
public final class AgendaWriter {

    /** The product identifier written in agenda files. */
    public static final String PRODUCT_ID = "-//Filiere//Speed-meeting agenda//EN";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

    private AgendaWriter() {
    }

    /** The agenda as text, one line per meeting. */
    public static String text(Agenda agenda) {
        StringBuilder out = new StringBuilder();
        out.append("Agenda of ").append(agenda.participant());
        if (!agenda.organisation().isEmpty()) {
            out.append(" (").append(agenda.organisation()).append(')');
        }
        out.append(" - ").append(agenda.eventTitle()).append('\n');
        if (!agenda.items().isEmpty()) {
            out.append(agenda.items().get(0).start().format(DAY)).append(", ").append(agenda.venue()).append('\n');
        }
        if (agenda.items().isEmpty()) {
            out.append("  no meeting scheduled\n");
        }
        for (AgendaItem item : agenda.items()) {
            out.append(String.format(Locale.ROOT, "  round %2d  %s-%s  table %3d  %s%s%n", item.round(),
                    item.start().format(TIME), item.end().format(TIME), item.table(), item.with(),
                    item.organisation().isEmpty() ? "" : " (" + item.organisation() + ")"));
        }
        return out.toString();
    }

    /** The agenda as an HTML page. */
    public static String html(Agenda agenda) {
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Agenda of ")
                .append(escape(agenda.participant())).append(" - ").append(escape(agenda.eventTitle()))
                .append("</title>\n</head>\n<body>\n<h1>").append(escape(agenda.eventTitle())).append("</h1>\n<p>")
                .append(escape(agenda.participant()));
        if (!agenda.organisation().isEmpty()) {
            out.append(", ").append(escape(agenda.organisation()));
        }
        out.append("<br>").append(escape(agenda.venue())).append("</p>\n<table>\n<thead><tr><th>Round</th>"
                + "<th>Time</th><th>Table</th><th>With</th><th>Organisation</th></tr></thead>\n<tbody>\n");
        for (AgendaItem item : agenda.items()) {
            out.append("<tr><td>").append(item.round()).append("</td><td>").append(item.start().format(TIME))
                    .append("&ndash;").append(item.end().format(TIME)).append("</td><td>").append(item.table())
                    .append("</td><td>").append(escape(item.with())).append("</td><td>")
                    .append(escape(item.organisation())).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</body>\n</html>\n");
        return out.toString();
    }

    /** The agenda as an iCalendar file: one entry per meeting. */
    public static String ics(Agenda agenda, Instant stamp) {
        List<CalendarEntry> entries = agenda.items().stream().map(item -> new CalendarEntry(item.meeting().toString(),
                item.sequence(), EntryStatus.CONFIRMED, item.start().atZone(Schedule.ZONE),
                item.end().atZone(Schedule.ZONE), "Meeting with " + item.with() + " (table " + item.table() + ")",
                agenda.venue(), agenda.eventTitle() + ", round " + item.round() + ", table " + item.table() + ": "
                        + item.with() + (item.organisation().isEmpty() ? "" : ", " + item.organisation())))
                .toList();
        return CalendarFile.write(PRODUCT_ID, entries, stamp);
    }

    /** The table plan as text, round by round. */
    public static String text(TablePlan plan) {
        StringBuilder out = new StringBuilder("Table plan - ").append(plan.eventTitle()).append('\n');
        for (TablePlan.Round round : plan.rounds()) {
            out.append(String.format(Locale.ROOT, "Round %d, %s-%s%n", round.round(), round.start().format(TIME),
                    round.end().format(TIME)));
            for (TablePlan.Seating s : round.meetings()) {
                out.append(String.format(Locale.ROOT, "  table %3d  %s  /  %s%s%n", s.table(), s.first(), s.second(),
                        s.locked() ? "  [locked]" : ""));
            }
        }
        return out.toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
