package org.filiere.training.calendar;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.filiere.calendar.CalendarEntry;
import org.filiere.calendar.CalendarEntry.EntryStatus;
import org.filiere.calendar.CalendarFile;
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
 * session has STATUS:CANCELLED, a draft STATUS:TENTATIVE, any other STATUS:CONFIRMED. The file itself, validated
 * and folded, is written by {@link CalendarFile}.
 */
public final class SessionCalendar {

    /** The product identifier written in every file. */
    public static final String PRODUCT_ID = "-//Filiere//Training sessions//EN";

    private SessionCalendar() {
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
        List<CalendarEntry> entries = new ArrayList<>();
        for (Session session : sessions) {
            Course course = courses.get(session.courseId());
            if (course == null) {
                throw new UnknownCourseException(session.courseId());
            }
            entries.add(entry(session, course));
        }
        return CalendarFile.write(PRODUCT_ID, entries, stamp);
    }

    private static CalendarEntry entry(Session session, Course course) {
        return new CalendarEntry(session.id().toString(), session.sequence(), status(session.status()),
                session.schedule().startsAt(), session.schedule().endsAt(), course.title(),
                session.venue().oneLine(), description(session, course));
    }

    private static EntryStatus status(SessionStatus status) {
        return switch (status) {
            case CANCELLED -> EntryStatus.CANCELLED;
            case DRAFT -> EntryStatus.TENTATIVE;
            default -> EntryStatus.CONFIRMED;
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
        course.hours().ifPresent(hours -> text.append("Duration: ").append(hours(hours)).append('\n'));
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
