package org.filiere.demo.event;

import java.util.concurrent.Callable;

import org.filiere.demo.ClusterDemo;
import org.filiere.demo.DemoCluster;
import org.filiere.event.EventId;
import org.filiere.kernel.NotFoundException;
import org.filiere.speedmeeting.SpeedParticipant;
import org.filiere.speedmeeting.application.SpeedMeetingDirectory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Prints a speed-meeting participant's agenda, as text, HTML or iCalendar. */
@Command(name = "agenda", description = "Print a speed-meeting participant's agenda (text, html or ics).")
public class AgendaCommand implements Callable<Integer> {

    /** The formats the agenda is printed in. */
    enum Format { TEXT, HTML, ICS }

    @ParentCommand
    ClusterDemo demo;

    @Parameters(paramLabel = "PARTICIPANT", description = "The participant's name or e-mail address.")
    String participant;

    @Option(names = "--event", paramLabel = "EVENT",
            description = "The speed-meeting event's id or its first characters (default: the latest one).")
    String event;

    @Option(names = "--format", defaultValue = "TEXT", description = "${COMPLETION-CANDIDATES} (default: text).",
            converter = FormatConverter.class)
    Format format;

    /** Reads the format in any case. */
    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            try {
                return Format.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not a format: text, html"
                        + " or ics");
            }
        }
    }

    @Override
    public Integer call() {
        try (DemoCluster cluster = demo.open()) {
            EventId id = event == null ? EventRefs.latestSpeedMeeting(cluster) : EventRefs.event(cluster, event);
            SpeedMeetingDirectory directory = cluster.get(SpeedMeetingDirectory.class);
            SpeedParticipant who = directory.participantNamed(id, participant).orElseThrow(() ->
                    new NotFoundException("speed-meeting participant named '" + participant + "'"));
            demo.out().print(switch (format) {
                case TEXT -> directory.agendaText(id, who.id());
                case HTML -> directory.agendaHtml(id, who.id());
                case ICS -> directory.agendaIcs(id, who.id());
            });
        }
        return 0;
    }
}
