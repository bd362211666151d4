package org.filiere.training.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.filiere.access.AccessPolicy;
import org.filiere.access.Actor;
import org.filiere.access.PublicRead;
import org.filiere.access.application.BindsCurrentActor;
import org.filiere.training.Courses;
import org.filiere.training.Schedule;
import org.filiere.training.Session;
import org.filiere.training.SessionId;
import org.filiere.training.SessionQuery;
import org.filiere.training.SessionStatus;
import org.filiere.training.Sessions;
import org.filiere.training.UnknownSessionException;
import org.filiere.training.calendar.SessionCalendar;

/** Calendar files of the training sessions (iCalendar, RFC 5545). */
@ApplicationScoped
@BindsCurrentActor
@Transactional
public class TrainingCalendar {

    /** The media type of the files. */
    public static final String MEDIA_TYPE = "text/calendar; charset=UTF-8";

    private final Courses courses;
    private final Sessions sessions;
    private final Clock clock;

    @Inject
    public TrainingCalendar(Courses courses, Sessions sessions, Clock clock) {
        this.courses = courses;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** For the CDI container's proxies. */
    protected TrainingCalendar() {
        this(null, null, null);
    }

    /**
     * One session as an {@code .ics} file. A draft's file is given to staff only: to anyone else a draft is
     * answered as an unknown session, as if it did not exist.
     */
    @PublicRead
    public String session(SessionId id) {
        Session session = sessions.find(id)
                .filter(s -> s.status() != SessionStatus.DRAFT
                        || AccessPolicy.acting().filter(Actor::isStaff).isPresent())
                .orElseThrow(() -> new UnknownSessionException(id));
        return SessionCalendar.session(session, courses.get(session.courseId()), clock.instant());
    }

    /**
     * The feed of open sessions, for calendar clients to subscribe to: every session open to registrations (or
     * full, with a waitlist) from today on, and the ones cancelled from today on, so that subscribers see the
     * cancellation rather than a silent disappearance.
     */
    @PublicRead
    public String openSessionsFeed() {
        List<Session> listed = sessions.find(SessionQuery.all()
                .withStatus(SessionStatus.OPEN, SessionStatus.FULL, SessionStatus.CANCELLED)
                .startingFrom(LocalDate.ofInstant(clock.instant(), Schedule.ZONE).atStartOfDay()));
        return SessionCalendar.feed(listed, courses.find(listed.stream().map(Session::courseId)
                .collect(Collectors.toSet())), clock.instant());
    }
}
