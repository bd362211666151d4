package org.filiere.training.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import net.fortuna.ical4j.validate.ValidationResult;

import org.filiere.training.Course;
import org.filiere.training.CourseId;
import org.filiere.training.RegistrationRules;
import org.filiere.training.Session;
import org.filiere.training.SessionStatus;
import org.filiere.training.Speaker;
import org.filiere.training.UnknownCourseException;

/**
 * Writes sessions as iCalendar (RFC 5545): each session is a VEVENT whose UID is the session's id (stable across
 * exports), whose SEQUENCE is the session's sequence (raised on each change), whose times carry the Europe/Paris
 * VTIMEZONE the file includes, whose LOCATION is the venue and whose DESCRIPTION names the speakers. A cancelled
 * session has STATUS:CANCELLED, a draft STATUS:TENTATIVE, any other STATUS:CONFIRMED. The output is validated
 * before it is returned: any validation entry, error or warning, is a fault.
 */
public final class SessionCalendar {

    /** The product identifier written in every file. */
    public static final String PRODUCT_ID = "-//Filiere//Training sessions//EN";

    private static final String TIMEZONE_RESOURCE = "Europe-Paris.ics";
    private static final VTimeZone PARIS = loadParis();

    private SessionCalendar() {
    }

    private static VTimeZone loadParis() {
        try (InputStream in = SessionCalendar.class.getResourceAsStream(TIMEZONE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The Europe/Paris time zone definition " + TIMEZONE_RESOURCE
                        + " is missing from the library");
            }
            Calendar definition = new CalendarBuilder().build(in);
            return definition.<VTimeZone>getComponent(VTimeZone.VTIMEZONE).orElseThrow();
        } catch (IOException | ParserException e) {
            throw new IllegalStateException("Cannot read the Europe/Paris time zone definition", e);
        }
    }

    /**
     * One session as an iCalendar file.
     *
     * @param session the session
     * @param course  its course
     * @param stamp   when the file is produced (DTSTAMP)
     */
    public static String session(Session session, Course course, Instant stamp) {
        return write(List.of(session), Map.of(course.id(), course), stamp);
    }

    /**
     * Several sessions in one iCalendar file, as a feed calendar clients subscribe to.
     *
     * @param sessions the sessions, in the order wanted
     * @param courses  their courses, by id
     * @param stamp    when the feed is produced (DTSTAMP)
     */
    public static String feed(List<Session> sessions, Map<CourseId, Course> courses, Instant stamp) {
        return write(sessions, courses, stamp);
    }

    private static String write(List<Session> sessions, Map<CourseId, Course> courses, Instant stamp) {
        Objects.requireNonNull(stamp, "stamp");
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT_ID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(PARIS.copy());
        for (Session session : sessions) {
            Course course = courses.get(session.courseId());
            if (course == null) {
                throw new UnknownCourseException(session.courseId());
            }
            calendar.add(event(session, course, stamp));
        }
        try {
            ValidationResult result = calendar.validate();
            if (!result.getEntries().isEmpty()) {
                throw new CalendarWriteException("The calendar written does not pass iCalendar validation: " + result,
                        null);
            }
            return ContentLines.fold(calendar.toString());
        } catch (ValidationException e) {
            throw new CalendarWriteException("Cannot write the calendar: " + e.getMessage(), e);
        }
    }

    private static VEvent event(Session session, Course course, Instant stamp) {
        VEvent event = new VEvent(session.schedule().startsAt(), session.schedule().endsAt(), course.title());
        event.replace(new DtStamp(stamp));
        event.add(new Uid(session.id().toString()));
        event.add(new Sequence(session.sequence()));
        event.add(new Status(status(session.status())));
        event.add(new Location(session.venue().oneLine()));
        event.add(new Description(description(session, course)));
        return event;
    }

    private static String status(SessionStatus status) {
        return switch (status) {
            case CANCELLED -> Status.VALUE_CANCELLED;
            case DRAFT -> Status.VALUE_TENTATIVE;
            default -> Status.VALUE_CONFIRMED;
        };
    }

    /** The DESCRIPTION: objectives, speakers, duration, prices, deadline, provider. */
    static String description(Session session, Course course) {
        StringBuilder text = new StringBuilder();
        if (session.status() == SessionStatus.CANCELLED) {
            text.append("CANCELLED").append(session.cancellationReason().isEmpty() ? ""
                    : ": " + session.cancellationReason()).append("\n\n");
        }
        if (!course.objectives().isEmpty()) {
            text.append(course.objectives()).append("\n\n");
        }
        List<Speaker> speakers = session.speakers();
        if (!speakers.isEmpty()) {
            text.append(speakers.size() == 1 ? "Speaker:" : "Speakers:").append('\n');
            for (Speaker speaker : speakers) {
                text.append("- ").append(speaker);
                if (!speaker.bio().isEmpty()) {
                    text.append(": ").append(speaker.bio());
                }
                text.append('\n');
            }
            text.append('\n');
        }
        text.append("Duration: ").append(hours(course.hours())).append('\n');
        text.append("Price: ").append(euros(session.prices().members())).append(" for members, ")
                .append(euros(session.prices().nonMembers())).append(" for others\n");
        text.append("Register by ").append(session.registrationDeadline().format(RegistrationRules.DAY_FORMAT))
                .append('\n');
        text.append("Delivered by ").append(course.provider().name());
        return text.toString();
    }

    private static String hours(BigDecimal hours) {
        String value = hours.stripTrailingZeros().toPlainString();
        return value + (hours.compareTo(BigDecimal.ONE) == 0 ? " hour" : " hours");
    }

    private static String euros(BigDecimal amount) {
        return amount.signum() == 0 ? "free" : amount.toPlainString() + " EUR";
    }
}
