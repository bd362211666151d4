package org.filiere.speedmeeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

import org.junit.jupiter.api.Test;

class AgendaWriterTest {

    private static final LocalDateTime ROUND_ONE = LocalDateTime.of(2025, 6, 12, 14, 15);
    private final MeetingId meeting = MeetingId.random();

    private Agenda anAgenda(String with) {
        return new Agenda("Tic Exchange", "Maison du numérique, 38000 Grenoble", "Anne Roux", "Alpes Logiciels",
                List.of(new AgendaItem(meeting, 1, ROUND_ONE, ROUND_ONE.plusMinutes(12), 4, with, "R&D <Lab>", 3)));
    }

    @Test
    void shouldEscapeEveryValueInTheHtmlPage() {
        String html = AgendaWriter.html(anAgenda("<script>alert('x')</script>"));

        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .contains("R&amp;D &lt;Lab&gt;");
    }

    @Test
    void shouldWriteEachMeetingAsAnEntryWithItsUidAndSequenceInParisTime() throws Exception {
        String ics = AgendaWriter.ics(anAgenda("Paul Brun"), Instant.parse("2025-06-01T08:00:00Z"));

        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> entries = calendar.getComponents("VEVENT");
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.getProperty(Property.UID).orElseThrow().getValue()).isEqualTo(meeting.toString());
            assertThat(e.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("3");
            assertThat(e.getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo("20250612T141500");
            assertThat(e.getProperty(Property.SUMMARY).orElseThrow().getValue())
                    .isEqualTo("Meeting with Paul Brun (table 4)");
        });
        assertThat(ics).contains("TZID=Europe/Paris");
    }

    @Test
    void shouldWriteTheTextAgendaRoundByRound() {
        assertThat(AgendaWriter.text(anAgenda("Paul Brun"))).isEqualTo("""
                Agenda of Anne Roux (Alpes Logiciels) - Tic Exchange
                Thursday 12 June 2025, Maison du numérique, 38000 Grenoble
                  round  1  14:15-14:27  table   4  Paul Brun (R&D <Lab>)
                """);
    }
}
