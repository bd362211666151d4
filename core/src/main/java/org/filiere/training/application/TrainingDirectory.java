package org.filiere.training.application;

import static org.filiere.access.AccessPolicy.requireStaff;
import static org.filiere.access.AccessPolicy.requireStaffOrRepresentativeOf;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.filiere.access.Actor;
import org.filiere.access.PublicRead;
import org.filiere.access.application.BindsCurrentActor;
import org.filiere.member.MemberId;
import org.filiere.privacy.PersonalDataKind;
import org.filiere.privacy.application.ReadsPersonalData;
import org.filiere.training.Course;
import org.filiere.training.CourseId;
import org.filiere.training.Courses;
import org.filiere.training.MemberTrainingFigures;
import org.filiere.training.Registration;
import org.filiere.training.Session;
import org.filiere.training.SessionFigures;
import org.filiere.training.SessionId;
import org.filiere.training.SessionQuery;
import org.filiere.training.SessionStatus;
import org.filiere.training.SessionSummary;
import org.filiere.training.Sessions;
import org.filiere.training.TrainingFigures;
import org.filiere.training.UnknownSessionException;

/** The catalogue as people read it: courses, sessions, registrations, and the training figures. */
@ApplicationScoped
@BindsCurrentActor
@Transactional
public class TrainingDirectory {

    private static final SessionStatus[] PUBLISHED = {SessionStatus.OPEN, SessionStatus.FULL, SessionStatus.CLOSED,
        SessionStatus.CANCELLED, SessionStatus.HELD};

    private final Courses courses;
    private final Sessions sessions;

    @Inject
    public TrainingDirectory(Courses courses, Sessions sessions) {
        this.courses = courses;
        this.sessions = sessions;
    }

    /** For the CDI container's proxies. */
    protected TrainingDirectory() {
        this(null, null);
    }

    @PublicRead
    public Optional<Course> course(CourseId id) {
        return courses.find(id);
    }

    /** Every course, by title. */
    @PublicRead
    public List<Course> courses() {
        return courses.all();
    }

    /**
     * The sessions the public calendar shows, from this time on, by start time: every session but drafts (cancelled
     * and closed ones included, so that a reader sees what became of a session they knew).
     */
    @PublicRead
    public List<SessionView> publishedSessions(LocalDateTime from) {
        return views(sessions.summaries(SessionQuery.all().withStatus(PUBLISHED).startingFrom(from)));
    }

    /** A session as the public calendar shows it; a draft is not shown, as if it did not exist. */
    @PublicRead
    public Optional<SessionView> publishedSession(SessionId id) {
        return sessions.find(id).filter(s -> s.status() != SessionStatus.DRAFT)
                .map(s -> view(s, courses.get(s.courseId())));
    }

    /** A session, drafts included; staff only. */
    public Optional<SessionView> session(SessionId id) {
        requireStaff("look up a training session");
        return sessions.find(id).map(s -> view(s, courses.get(s.courseId())));
    }

    /** The sessions that match, by start time, with their course. */
    public List<SessionView> sessions(SessionQuery query) {
        requireStaff("look up training sessions");
        return views(sessions.summaries(query));
    }

    private List<SessionView> views(List<SessionSummary> found) {
        Map<CourseId, Course> byId = courses.find(found.stream().map(SessionSummary::courseId)
                .collect(Collectors.toSet()));
        return found.stream().map(s -> view(s, byId.get(s.courseId()))).toList();
    }

    /** A session's registrations in arrival order, cancelled ones included; staff only. */
    @ReadsPersonalData(PersonalDataKind.TRAINING_REGISTRATIONS)
    public List<RegistrationView> registrations(Actor actor, SessionId sessionId) {
        requireStaff(actor, "see the registrations of a training session");
        return registrationViews(sessions.get(sessionId));
    }

    private static List<RegistrationView> registrationViews(Session session) {
        List<RegistrationView> views = new ArrayList<>();
        int position = 0;
        for (Registration r : session.registrations()) {
            Optional<Integer> place = r.isWaitlisted() ? Optional.of(++position) : Optional.empty();
            views.add(new RegistrationView(r.id(), r.participant(), r.arrival(), r.status(), place, r.price(),
                    r.registeredAt(), r.promotedAt(), r.attendance(), r.satisfaction()));
        }
        return views;
    }

    /** A member's own people's registrations on a session; staff or the member's representative. */
    @ReadsPersonalData(value = PersonalDataKind.TRAINING_REGISTRATIONS, record = 2)
    public List<RegistrationView> registrationsOf(Actor actor, MemberId memberId, SessionId sessionId) {
        requireStaffOrRepresentativeOf(actor, memberId.value(), "see the member's registrations");
        return registrationViews(sessions.get(sessionId)).stream()
                .filter(r -> r.participant().employer().filter(memberId::equals).isPresent()).toList();
    }

    /** A session's fill rate, attendance rate and average satisfaction. */
    public SessionFigures sessionFigures(SessionId id) {
        requireStaff("see a session's figures");
        return sessions.find(id).map(Session::figures).orElseThrow(() -> new UnknownSessionException(id));
    }

    /** The year's figures: sessions held, trainees, hours, fill rate, satisfaction. */
    public TrainingFigures figures(int year) {
        requireStaff("see the training figures");
        List<Session> held = heldIn(year);
        return TrainingFigures.of(year, held, coursesOf(held));
    }

    /** A member's trainees and training hours in a year. */
    public MemberTrainingFigures memberFigures(MemberId memberId, int year) {
        requireStaffOrRepresentativeOf(memberId.value(), "see a member's training figures");
        List<Session> held = heldIn(year);
        return MemberTrainingFigures.of(memberId, year, held, coursesOf(held));
    }

    private List<Session> heldIn(int year) {
        return sessions.find(SessionQuery.all().withStatus(SessionStatus.HELD).inYear(year));
    }

    private Map<CourseId, Course> coursesOf(List<Session> list) {
        return courses.find(list.stream().map(Session::courseId).collect(Collectors.toSet()));
    }

    static SessionView view(Session s, Course course) {
        return view(SessionSummary.of(s), course);
    }

    static SessionView view(SessionSummary s, Course course) {
        return new SessionView(s.id(), s.courseId(), course.title(), course.hours(), course.provider(), s.plan(),
                s.capacity(), s.status(), s.confirmed(), s.waitlisted(), s.sequence(), s.externalReference(),
                s.version());
    }
}
