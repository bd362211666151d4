package org.filiere.training.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.filiere.fixtures.TrainingFixtures.aCybersecurityCourse;
import static org.filiere.fixtures.TrainingFixtures.aDayOn;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.util.CompatibilityHints;
import net.fortuna.ical4j.validate.ValidationResult;

import org.filiere.fixtures.MutableClock;
import org.filiere.member.MemberId;
import org.filiere.training.Course;
import org.filiere.training.CourseId;
import org.filiere.training.Prices;
import org.filiere.training.Schedule;
import org.filiere.training.Session;
import org.filiere.training.SessionId;
import org.filiere.training.SessionPlan;
import org.filiere.training.Speaker;
import org.filiere.training.Venue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The calendar files, parsed back with ical4j in strict mode, field by field. */
class SessionCalendarTest {

    private static final Instant STAMP = Instant.parse("2025-02-01T09:30:00Z");
    private static final LocalDate WINTER_DAY = LocalDate.of(2025, 3, 14);
    private static final LocalDate SUMMER_DAY = LocalDate.of(2025, 6, 19);

    private final MutableClock clock = new MutableClock(LocalDate.of(2025, 2, 1));
    private final Course course = new Course(CourseId.random(), aCybersecurityCourse(), Optional.empty(), 1);
    private final List<LogRecord> warnings = new ArrayList<>();
    private final Handler warningCatcher = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                warnings.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void strictParsing() {
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_PARSING, false);
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_UNFOLDING, false);
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_VALIDATION, false);
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_OUTLOOK_COMPATIBILITY, false);
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_NOTES_COMPATIBILITY, false);
        Logger.getLogger("net.fortuna.ical4j").addHandler(warningCatcher);
    }

    @AfterEach
    void stopCatching() {
        Logger.getLogger("net.fortuna.ical4j").removeHandler(warningCatcher);
    }

    private Session anOpenSession(SessionPlan plan) {
        Session session = Session.schedule(SessionId.random(), course.id(), plan, 12, Optional.empty(), clock)
                .session();
        session.open(clock);
        return session;
    }

    /** Parses strictly and checks that validation finds nothing and nothing was logged as a warning. */
    private Calendar parse(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        ValidationResult result = calendar.validate();
        assertThat(result.getEntries()).as("validation entries").isEmpty();
        assertThat(warnings).as("warnings logged while parsing").isEmpty();
        return calendar;
    }

    private static VEvent onlyEvent(Calendar calendar) {
        List<VEvent> events = calendar.getComponents(VEvent.VEVENT);
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    private static String value(VEvent event, String property) {
        return event.<Property>getProperty(property).orElseThrow(() -> new AssertionError(property + " missing"))
                .getValue();
    }

    @Test
    void shouldWriteEveryFieldOfASessionAndParseBackWithoutWarnings() throws Exception {
        MemberId member = MemberId.of("302068382");
        Session session = anOpenSession(new SessionPlan(Schedule.on(WINTER_DAY, 9, 0, 17, 30),
                new Venue("Maison de l'innovation", "5 rue Gustave Eiffel", "38000", "Grenoble"),
                List.of(Speaker.guest("Julie Morel", "ANSSI", "Regional cybersecurity adviser; 12 years in incident"
                        + " response, trainer"), Speaker.employeeOf(member, "Marc Blanc", "Alpes Logiciels", "")),
                Prices.euros("250", "390"), WINTER_DAY.minusDays(3)));

        String ics = SessionCalendar.session(session, course, STAMP);
        Calendar calendar = parse(ics);

        assertThat(calendar.<Property>getProperty(Property.PRODID).orElseThrow().getValue())
                .isEqualTo(SessionCalendar.PRODUCT_ID);
        assertThat(calendar.<Property>getProperty(Property.VERSION).orElseThrow().getValue()).isEqualTo("2.0");
        List<VTimeZone> zones = calendar.getComponents(VTimeZone.VTIMEZONE);
        assertThat(zones).singleElement().satisfies(zone -> assertThat(
                zone.<Property>getProperty(Property.TZID).orElseThrow().getValue()).isEqualTo("Europe/Paris"));

        VEvent event = onlyEvent(calendar);
        assertThat(value(event, Property.UID)).isEqualTo(session.id().toString());
        assertThat(value(event, Property.SEQUENCE)).as("scheduled (0), then opened").isEqualTo("1");
        assertThat(value(event, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(value(event, Property.SUMMARY)).isEqualTo("Cybersecurity for small businesses");
        assertThat(value(event, Property.LOCATION))
                .isEqualTo("Maison de l'innovation, 5 rue Gustave Eiffel, 38000 Grenoble");
        assertThat(value(event, Property.DTSTAMP)).isEqualTo("20250201T093000Z");
        assertThat(value(event, Property.DESCRIPTION)).isEqualTo("""
                Assess your exposure, set up backups and train your staff against phishing.

                Speakers:
                - Julie Morel (ANSSI): Regional cybersecurity adviser; 12 years in incident response, trainer
                - Marc Blanc (Alpes Logiciels)

                Duration: 7 hours
                Price: 250.00 EUR for members, 390.00 EUR for others
                Register by 11 March 2025
                Delivered by the association""");

        DtStart<ZonedDateTime> start = event.<ZonedDateTime>getStartDate().orElseThrow();
        DtEnd<ZonedDateTime> end = event.<ZonedDateTime>getEndDate().orElseThrow();
        assertThat(start.<Parameter>getParameter(Parameter.TZID).orElseThrow().getValue()).isEqualTo("Europe/Paris");
        assertThat(end.<Parameter>getParameter(Parameter.TZID).orElseThrow().getValue()).isEqualTo("Europe/Paris");
        assertThat(start.getValue()).isEqualTo("20250314T090000");
        assertThat(end.getValue()).isEqualTo("20250314T173000");
        assertThat(start.getDate().toInstant())
                .isEqualTo(LocalDateTime.of(2025, 3, 14, 8, 0).toInstant(ZoneOffset.UTC));
        assertThat(end.getDate().toInstant()).isEqualTo(session.schedule().endsAt().toInstant());
    }

    @Test
    void shouldUseTheSummerOffsetOfTheIncludedTimeZone() throws Exception {
        Session session = anOpenSession(aDayOn(SUMMER_DAY));

        VEvent event = onlyEvent(parse(SessionCalendar.session(session, course, STAMP)));

        DtStart<ZonedDateTime> start = event.<ZonedDateTime>getStartDate().orElseThrow();
        assertThat(start.getValue()).isEqualTo("20250619T090000");
        assertThat(start.getDate().getOffset()).isEqualTo(ZoneOffset.ofHours(2));
        assertThat(start.getDate().toInstant()).isEqualTo(Instant.parse("2025-06-19T07:00:00Z"));
    }

    @Test
    void shouldRaiseTheSequenceWhenADraftOpensAndWhenItCloses() throws Exception {
        Session session = Session.schedule(SessionId.random(), course.id(), aDayOn(WINTER_DAY), 12, Optional.empty(),
                clock).session();
        VEvent draft = onlyEvent(parse(SessionCalendar.session(session, course, STAMP)));
        session.open(clock);
        VEvent opened = onlyEvent(parse(SessionCalendar.session(session, course, STAMP)));
        session.close("the room is booked out", clock);
        VEvent closed = onlyEvent(parse(SessionCalendar.session(session, course, STAMP)));

        assertThat(value(draft, Property.STATUS)).isEqualTo("TENTATIVE");
        assertThat(value(opened, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(Integer.parseInt(value(opened, Property.SEQUENCE)))
                .isGreaterThan(Integer.parseInt(value(draft, Property.SEQUENCE)));
        assertThat(Integer.parseInt(value(closed, Property.SEQUENCE)))
                .isGreaterThan(Integer.parseInt(value(opened, Property.SEQUENCE)));
        assertThat(List.of(value(draft, Property.UID), value(opened, Property.UID), value(closed, Property.UID)))
                .containsOnly(session.id().toString());
    }

    @Test
    void shouldKeepTheUidAndRaiseTheSequenceOnEachChange() throws Exception {
        Session session = anOpenSession(aDayOn(WINTER_DAY));
        VEvent before = onlyEvent(parse(SessionCalendar.session(session, course, STAMP)));

        session.revise(new SessionPlan(Schedule.on(WINTER_DAY, 13, 30, 17, 30), new Venue("Hôtel d'entreprises",
                "", "38240", "Meylan"), session.speakers(), session.prices(), session.registrationDeadline()), clock);
        VEvent moved = onlyEvent(parse(SessionCalendar.session(session, course, STAMP)));
        session.cancel("the speaker is ill", clock);
        VEvent cancelled = onlyEvent(parse(SessionCalendar.session(session, course, STAMP)));

        assertThat(List.of(value(before, Property.UID), value(moved, Property.UID), value(cancelled, Property.UID)))
                .containsOnly(session.id().toString());
        assertThat(List.of(value(before, Property.SEQUENCE), value(moved, Property.SEQUENCE),
                value(cancelled, Property.SEQUENCE))).containsExactly("1", "2", "3");
        assertThat(value(moved, Property.LOCATION)).isEqualTo("Hôtel d'entreprises, 38240 Meylan");
        assertThat(moved.getStartDate().orElseThrow().getValue()).isEqualTo("20250314T133000");
        assertThat(value(moved, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(value(cancelled, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(value(cancelled, Property.DESCRIPTION)).startsWith("CANCELLED: the speaker is ill\n\n");
    }

    @Test
    void shouldMarkADraftAsTentative() throws Exception {
        Session draft = Session.schedule(SessionId.random(), course.id(), aDayOn(WINTER_DAY), 12, Optional.empty(),
                clock).session();
        assertThat(value(onlyEvent(parse(SessionCalendar.session(draft, course, STAMP))), Property.STATUS))
                .isEqualTo("TENTATIVE");
    }

    @Test
    void shouldWriteAFeedWithOneTimeZoneAndOneEventPerSession() throws Exception {
        Course other = new Course(CourseId.random(), org.filiere.fixtures.TrainingFixtures.aCourseBy("30206838200050",
                "Formation Alpes", "Lean management, the basics", "14"), Optional.empty(), 1);
        Session first = anOpenSession(aDayOn(WINTER_DAY));
        Session second = Session.schedule(SessionId.random(), other.id(), aDayOn(SUMMER_DAY), 8, Optional.empty(),
                clock).session();
        second.open(clock);

        Calendar feed = parse(SessionCalendar.feed(List.of(first, second), Map.of(course.id(), course, other.id(),
                other), STAMP));

        assertThat(feed.<VTimeZone>getComponents(VTimeZone.VTIMEZONE)).hasSize(1);
        List<VEvent> events = feed.getComponents(VEvent.VEVENT);
        assertThat(events).extracting(e -> value(e, Property.UID))
                .containsExactly(first.id().toString(), second.id().toString());
        assertThat(events).extracting(e -> value(e, Property.SUMMARY))
                .containsExactly("Cybersecurity for small businesses", "Lean management, the basics");
        assertThat(value(events.get(1), Property.DESCRIPTION)).contains("Duration: 14 hours")
                .endsWith("Delivered by Formation Alpes");
    }

    @Test
    void shouldFoldLinesAtSeventyFiveOctetsWithoutBreakingCharacters() throws Exception {
        Session session = anOpenSession(aDayOn(WINTER_DAY, Speaker.guest("Émilie Lefèvre-Château",
                "Université Grenoble Alpes", "Chercheuse en sécurité des systèmes embarqués, spécialiste des attaques"
                        + " par canaux auxiliaires et de la sûreté de fonctionnement")));

        String ics = SessionCalendar.session(session, course, STAMP);

        assertThat(ics).endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        assertThat(value(onlyEvent(parse(ics)), Property.DESCRIPTION)).contains("- Émilie Lefèvre-Château (Université"
                + " Grenoble Alpes): Chercheuse en sécurité des systèmes embarqués, spécialiste des attaques par canaux"
                + " auxiliaires et de la sûreté de fonctionnement\n");
    }
}
