package org.filiere.training.application;

import static org.filiere.access.AccessPolicy.requireStaff;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.filiere.access.application.BindsCurrentActor;
import org.filiere.kernel.DomainEvent;
import org.filiere.kernel.DomainEvents;
import org.filiere.kernel.StaleDataException;
import org.filiere.member.Members;
import org.filiere.training.Course;
import org.filiere.training.Course.CourseDescription;
import org.filiere.training.CourseId;
import org.filiere.training.CourseImported;
import org.filiere.training.Courses;
import org.filiere.training.ExternalReference;
import org.filiere.training.InvalidTrainingDataException;
import org.filiere.training.Provider;
import org.filiere.training.Session;
import org.filiere.training.SessionId;
import org.filiere.training.SessionOpened;
import org.filiere.training.SessionQuery;
import org.filiere.training.SessionStatus;
import org.filiere.training.Sessions;
import org.filiere.training.Speaker;
import org.filiere.training.application.TrainingCommands.AddCourse;
import org.filiere.training.application.TrainingCommands.CancelSession;
import org.filiere.training.application.TrainingCommands.ChangeCapacity;
import org.filiere.training.application.TrainingCommands.CloseSession;
import org.filiere.training.application.TrainingCommands.CloseWithdrawnCourses;
import org.filiere.training.application.TrainingCommands.DescribeCourse;
import org.filiere.training.application.TrainingCommands.OpenSession;
import org.filiere.training.application.TrainingCommands.ReviseSession;
import org.filiere.training.application.TrainingCommands.ScheduleSession;

/**
 * The catalogue: courses, the sessions scheduled for them, and the import of training organisations' catalogues.
 * Staff only.
 */
@ApplicationScoped
@BindsCurrentActor
@Transactional
public class CatalogueService {

    private final Courses courses;
    private final Sessions sessions;
    private final Members members;
    private final DomainEvents events;
    private final Clock clock;

    @Inject
    public CatalogueService(Courses courses, Sessions sessions, Members members, DomainEvents events, Clock clock) {
        this.courses = courses;
        this.sessions = sessions;
        this.members = members;
        this.events = events;
        this.clock = clock;
    }

    /** For the CDI container's proxies. */
    protected CatalogueService() {
        this(null, null, null, null, null);
    }

    /** Adds a course to the catalogue. */
    public CourseId addCourse(AddCourse c) {
        requireStaff(c.actor(), "add a training course");
        Course course = new Course(CourseId.random(), c.description(), Optional.empty(), 0);
        courses.save(course);
        return course.id();
    }

    /** Changes what a course is; its live sessions show the change in calendars. */
    public void describeCourse(DescribeCourse c) {
        requireStaff(c.actor(), "change a training course");
        Course course = courses.get(c.courseId());
        if (course.version() != c.expectedVersion()) {
            throw new StaleDataException("course \"" + course.title() + "\"",
                    "you read version " + c.expectedVersion() + ", it is now at version " + course.version());
        }
        if (course.describe(c.description())) {
            courses.save(course);
            reviseSessionsOf(course.id(), Set.of());
        }
    }

    /** Schedules a session of a course, as a draft or open at once. */
    public SessionId schedule(ScheduleSession c) {
        requireStaff(c.actor(), "schedule a training session");
        courses.get(c.courseId());
        requireKnownEmployers(c.plan().speakers());
        Session.Scheduled scheduled = Session.schedule(SessionId.random(), c.courseId(), c.plan(), c.capacity(),
                Optional.empty(), clock);
        Session session = scheduled.session();
        Optional<SessionOpened> opened = c.openNow() ? Optional.of(session.open(clock)) : Optional.empty();
        sessions.save(session);
        events.publish(scheduled.event());
        opened.ifPresent(events::publish);
        return session.id();
    }

    public void open(OpenSession c) {
        requireStaff(c.actor(), "open a training session");
        Session session = sessions.getForUpdate(c.sessionId());
        var event = session.open(clock);
        sessions.save(session);
        events.publish(event);
    }

    /** Changes what is announced of a session; nothing happens when nothing changed. */
    public void revise(ReviseSession c) {
        requireStaff(c.actor(), "change a training session");
        requireKnownEmployers(c.plan().speakers());
        Session session = sessions.getForUpdate(c.sessionId());
        session.revise(c.plan(), clock).ifPresent(event -> {
            sessions.save(session);
            events.publish(event);
        });
    }

    /** Changes the number of seats; new seats go to the waitlist in arrival order. */
    public void changeCapacity(ChangeCapacity c) {
        requireStaff(c.actor(), "change the seats of a training session");
        Session session = sessions.getForUpdate(c.sessionId());
        var promoted = session.changeCapacity(c.capacity(), clock);
        sessions.save(session);
        promoted.forEach(events::publish);
    }

    public void close(CloseSession c) {
        requireStaff(c.actor(), "close a training session");
        Session session = sessions.getForUpdate(c.sessionId());
        var event = session.close(c.reason(), clock);
        sessions.save(session);
        events.publish(event);
    }

    public void cancel(CancelSession c) {
        requireStaff(c.actor(), "cancel a training session");
        Session session = sessions.getForUpdate(c.sessionId());
        var event = session.cancel(c.reason(), clock);
        sessions.save(session);
        events.publish(event);
    }

    /**
     * Creates or updates a course and its sessions from a training organisation's catalogue, found by the
     * organisation's own ids: importing the same record again changes nothing. New sessions open at once (or
     * are closed when they have already started); sessions imported before and no longer listed are closed, not
     * deleted, and stay closed if listed again until staff open them. A session that was held or cancelled is
     * left as it is. Seats never go below the registrations already confirmed. A course new to the catalogue is
     * told, with its sessions, by one {@link CourseImported}; a session new to a course imported before by
     * {@code SessionScheduled} and {@code SessionOpened} (or {@code SessionClosed}).
     */
    public ProviderCourseOutcome importProviderCourse(ProviderCourse c) {
        requireStaff(c.actor(), "import a training organisation's catalogue");
        ExternalReference reference = c.reference();
        CourseDescription description = describe(c);
        Optional<Course> found = courses.findByExternalReference(reference);
        Course course = found.orElseGet(() -> new Course(CourseId.random(), description, Optional.of(reference), 0));
        boolean created = found.isEmpty();
        boolean changed = !created && course.describe(description);
        if (created || changed) {
            courses.save(course);
        }
        int sessionsCreated = 0;
        int sessionsRevised = 0;
        int sessionsUnchanged = 0;
        Set<SessionId> listed = new HashSet<>();
        Set<SessionId> shownAnew = new HashSet<>();
        Set<String> seen = new HashSet<>();
        ImportedSessions imported = new ImportedSessions();
        for (ProviderSession offered : c.sessions()) {
            ExternalReference sessionReference = new ExternalReference(reference.provider(), offered.id());
            if (!seen.add(sessionReference.id())) {
                throw new InvalidTrainingDataException("Course " + reference + " in the catalogue",
                        "session " + sessionReference.id(), "is listed twice");
            }
            requireKnownEmployers(offered.speakers());
            Optional<Session> existing = sessions.findByExternalReference(sessionReference);
            if (existing.isEmpty()) {
                Session.Scheduled scheduled = scheduleImported(course, offered, sessionReference);
                DomainEvent started = startImported(scheduled.session());
                sessions.save(scheduled.session());
                if (created) {
                    imported.add(scheduled.session().id(), started);
                } else {
                    events.publish(scheduled.event());
                    events.publish(started);
                }
                listed.add(scheduled.session().id());
                shownAnew.add(scheduled.session().id());
                sessionsCreated++;
                continue;
            }
            Session session = sessions.getForUpdate(existing.get().id());
            listed.add(session.id());
            if (!session.courseId().equals(course.id())) {
                throw new InvalidTrainingDataException("Session " + sessionReference + " in the catalogue", "course",
                        "was imported under another course; it cannot move to course " + reference);
            }
            if (updateImported(session, offered, shownAnew)) {
                sessionsRevised++;
            } else {
                sessionsUnchanged++;
            }
        }
        if (created) {
            events.publish(imported.event(course.id(), clock));
        }
        if (changed) {
            reviseSessionsOf(course.id(), shownAnew);
        }
        int closed = closeUnlisted(course.id(), listed);
        return new ProviderCourseOutcome(course.id(), created, changed, sessionsCreated, sessionsRevised,
                sessionsUnchanged, closed);
    }

    /**
     * Imports a chunk of training organisations' catalogues in one go, with the rules of
     * {@link #importProviderCourse}: the courses and sessions imported before are looked up together, and the
     * courses new to the catalogue are written together with their sessions, so that a large catalogue goes in at
     * the pace of the database. A course imported before goes through {@link #importProviderCourse} itself.
     *
     * @return each course's outcome, in the order given
     * @throws InvalidTrainingDataException when a record is refused, or a new course names a session another
     *                                      course already has (nothing of the chunk is then written: import its
     *                                      courses one by one to learn which)
     */
    public List<ProviderCourseOutcome> importProviderCourses(List<ProviderCourse> chunk) {
        if (chunk.isEmpty()) {
            requireStaff("import a training organisation's catalogue");
        }
        chunk.forEach(c -> requireStaff(c.actor(), "import a training organisation's catalogue"));
        Map<ExternalReference, Course> known = courses.findByExternalReferences(
                chunk.stream().map(ProviderCourse::reference).toList());
        List<Course> newCourses = new ArrayList<>();
        List<Session> newSessions = new ArrayList<>();
        List<DomainEvent> happened = new ArrayList<>();
        List<ProviderCourseOutcome> outcomes = new ArrayList<>();
        Set<ExternalReference> inChunk = new HashSet<>();
        for (ProviderCourse c : chunk) {
            ExternalReference reference = c.reference();
            if (!inChunk.add(reference)) {
                throw new InvalidTrainingDataException("Course " + reference + " in the catalogue", "reference",
                        "is listed twice");
            }
            if (known.containsKey(reference)) {
                outcomes.add(importProviderCourse(c));
                continue;
            }
            Course course = new Course(CourseId.random(), describe(c), Optional.of(reference), 0);
            Set<String> seen = new HashSet<>();
            ImportedSessions imported = new ImportedSessions();
            for (ProviderSession offered : c.sessions()) {
                if (!seen.add(offered.id())) {
                    throw new InvalidTrainingDataException("Course " + reference + " in the catalogue",
                            "session " + offered.id(), "is listed twice");
                }
                requireKnownEmployers(offered.speakers());
                Session.Scheduled scheduled = scheduleImported(course, offered,
                        new ExternalReference(reference.provider(), offered.id()));
                imported.add(scheduled.session().id(), startImported(scheduled.session()));
                newSessions.add(scheduled.session());
            }
            happened.add(imported.event(course.id(), clock));
            newCourses.add(course);
            outcomes.add(new ProviderCourseOutcome(course.id(), true, false, c.sessions().size(), 0, 0, 0));
        }
        courses.insertAll(newCourses);
        sessions.insertAll(newSessions);
        happened.forEach(events::publish);
        return outcomes;
    }

    /**
     * Closes the sessions of the courses a training organisation's catalogue no longer lists, once the whole
     * catalogue was read: each course imported from that organisation and absent from the list has its imported
     * sessions that are still a draft or open closed, as {@link #importProviderCourse} closes a session no longer
     * listed (not deleted, registrations kept; held and cancelled sessions are left as they are). The courses
     * stay, and a course listed again is updated as any other; its sessions stay closed until staff open them.
     * Doing it again with the same list closes nothing more.
     */
    public WithdrawnCoursesOutcome closeWithdrawnCourses(CloseWithdrawnCourses c) {
        requireStaff(c.actor(), "import a training organisation's catalogue");
        List<CourseId> withdrawn = new ArrayList<>();
        int closed = 0;
        for (Map.Entry<ExternalReference, CourseId> imported : courses.findImportedFrom(c.provider()).entrySet()) {
            if (c.listedCourseIds().contains(imported.getKey().id())) {
                continue;
            }
            int closedNow = closeUnlisted(imported.getValue(), Set.of());
            if (closedNow > 0) {
                withdrawn.add(imported.getValue());
                closed += closedNow;
            }
        }
        return new WithdrawnCoursesOutcome(withdrawn, closed);
    }

    private static CourseDescription describe(ProviderCourse c) {
        return new CourseDescription(c.title(), c.objectives(), c.hours(), c.formacode(), c.nsfCode(),
                Provider.organisation(c.reference().provider(), c.providerName()));
    }

    /** A session new to the catalogue opens, unless it has already started. */
    private DomainEvent startImported(Session session) {
        return session.schedule().hasStartedAt(clock.instant())
                ? session.close("it had already started when it was imported", clock) : session.open(clock);
    }

    private Session.Scheduled scheduleImported(Course course, ProviderSession offered, ExternalReference reference) {
        return Session.schedule(SessionId.random(), course.id(), offered.plan(), offered.capacity(),
                Optional.of(reference), clock);
    }

    /** The sessions a course new to the catalogue came with, told by one {@link CourseImported}. */
    private static final class ImportedSessions {

        private final List<SessionId> ids = new ArrayList<>();
        private int opened;

        void add(SessionId id, DomainEvent started) {
            ids.add(id);
            opened += started instanceof SessionOpened ? 1 : 0;
        }

        CourseImported event(CourseId courseId, Clock clock) {
            return new CourseImported(UUID.randomUUID(), clock.instant(), courseId, opened, ids.size() - opened,
                    ids);
        }
    }

    private boolean updateImported(Session session, ProviderSession offered, Set<SessionId> shownAnew) {
        if (!session.status().isLive()) {
            return false;
        }
        List<DomainEvent> happened = new ArrayList<>();
        session.revise(offered.plan(), clock).ifPresent(revised -> {
            happened.add(revised);
            shownAnew.add(session.id());
        });
        int seats = (int) Math.max(offered.capacity(), session.confirmedCount());
        boolean seatsChanged = seats != session.capacity();
        if (seatsChanged) {
            happened.addAll(session.changeCapacity(seats, clock));
        }
        if (happened.isEmpty() && !seatsChanged) {
            return false;
        }
        sessions.save(session);
        happened.forEach(events::publish);
        return true;
    }

    /** Closes the imported sessions of a course not listed; one closed meanwhile by another import is left. */
    private int closeUnlisted(CourseId courseId, Set<SessionId> listed) {
        List<Session> unlisted = sessions.find(SessionQuery.all().ofCourse(courseId)
                .withStatus(SessionStatus.DRAFT, SessionStatus.OPEN, SessionStatus.FULL)).stream()
                .filter(s -> s.externalReference().isPresent() && !listed.contains(s.id())).toList();
        if (unlisted.isEmpty()) {
            return 0;
        }
        String reason = "withdrawn from the catalogue of " + courses.get(courseId).provider().name();
        int closed = 0;
        for (Session s : unlisted) {
            Session session = sessions.getForUpdate(s.id());
            if (session.status().canClose()) {
                var event = session.close(reason, clock);
                sessions.save(session);
                events.publish(event);
                closed++;
            }
        }
        return closed;
    }

    private void reviseSessionsOf(CourseId courseId, Set<SessionId> alreadyShownAnew) {
        for (Session s : sessions.find(SessionQuery.all().ofCourse(courseId))) {
            if (s.status().isLive() && !alreadyShownAnew.contains(s.id())) {
                Session session = sessions.getForUpdate(s.id());
                session.courseChanged(clock).ifPresent(event -> {
                    sessions.save(session);
                    events.publish(event);
                });
            }
        }
    }

    private void requireKnownEmployers(List<Speaker> speakers) {
        speakers.forEach(speaker -> speaker.employer().ifPresent(members::get));
    }
}
