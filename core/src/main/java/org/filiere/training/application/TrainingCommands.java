package org.filiere.training.application;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.filiere.access.Actor;
import org.filiere.member.Siret;
import org.filiere.training.Attendance;
import org.filiere.training.Course.CourseDescription;
import org.filiere.training.CourseId;
import org.filiere.training.Participant;
import org.filiere.training.RegistrationId;
import org.filiere.training.Satisfaction;
import org.filiere.training.SessionId;
import org.filiere.training.SessionPlan;

/** The commands on courses, sessions and registrations, each saying who acts. */
public final class TrainingCommands {

    private TrainingCommands() {
    }

    /**
     * Staff add a course to the catalogue.
     *
     * @param actor       staff
     * @param description what the course is and who delivers it
     */
    public record AddCourse(Actor actor, CourseDescription description) {
    }

    /**
     * Staff change what a course is. The version is the one they read: if the course changed since, the change
     * is refused as stale.
     *
     * @param actor           staff
     * @param courseId        the course
     * @param expectedVersion the version read
     * @param description     the new description
     */
    public record DescribeCourse(Actor actor, CourseId courseId, long expectedVersion, CourseDescription description) {
    }

    /**
     * Staff schedule a session of a course.
     *
     * @param actor    staff
     * @param courseId the course
     * @param plan     when, where, who speaks, prices, deadline
     * @param capacity how many seats
     * @param openNow  whether registrations open at once (otherwise it stays a draft)
     */
    public record ScheduleSession(Actor actor, CourseId courseId, SessionPlan plan, int capacity, boolean openNow) {
    }

    /**
     * Staff change what is announced of a session.
     *
     * @param actor     staff
     * @param sessionId the session
     * @param plan      the new plan
     */
    public record ReviseSession(Actor actor, SessionId sessionId, SessionPlan plan) {
    }

    /**
     * Staff change the number of seats.
     *
     * @param actor     staff
     * @param sessionId the session
     * @param capacity  the new number of seats
     */
    public record ChangeCapacity(Actor actor, SessionId sessionId, int capacity) {
    }

    /**
     * Staff open registrations.
     *
     * @param actor     staff
     * @param sessionId the session
     */
    public record OpenSession(Actor actor, SessionId sessionId) {
    }

    /**
     * Staff close registrations; the session is kept.
     *
     * @param actor     staff
     * @param sessionId the session
     * @param reason    why
     */
    public record CloseSession(Actor actor, SessionId sessionId, String reason) {
    }

    /**
     * Staff call a session off.
     *
     * @param actor     staff
     * @param sessionId the session
     * @param reason    why, told to the people registered
     */
    public record CancelSession(Actor actor, SessionId sessionId, String reason) {
    }

    /**
     * A training organisation's catalogue was read whole: the courses it lists are all it still offers.
     *
     * @param actor           staff, or the import acting for them
     * @param provider        the organisation's SIRET
     * @param listedCourseIds the organisation's own ids of the courses the catalogue lists
     */
    public record CloseWithdrawnCourses(Actor actor, Siret provider, Set<String> listedCourseIds) {

        public CloseWithdrawnCourses {
            Objects.requireNonNull(provider, "provider");
            listedCourseIds = Set.copyOf(listedCourseIds);
        }
    }

    /**
     * Someone registers a person for a session.
     *
     * @param actor       staff, or a representative of the member the participant works for
     * @param sessionId   the session
     * @param participant who registers
     */
    public record Register(Actor actor, SessionId sessionId, Participant participant) {
    }

    /**
     * Someone cancels a registration.
     *
     * @param actor          staff, or a representative of the member the participant works for
     * @param sessionId      the session
     * @param registrationId the registration
     */
    public record CancelRegistration(Actor actor, SessionId sessionId, RegistrationId registrationId) {
    }

    /**
     * Staff record who came, after the session.
     *
     * @param actor     staff
     * @param sessionId the session
     * @param marks     present or absent, per confirmed registration
     */
    public record RecordAttendance(Actor actor, SessionId sessionId, Map<RegistrationId, Attendance> marks) {

        public RecordAttendance {
            marks = Map.copyOf(marks);
        }
    }

    /**
     * Staff record what an attendee answered to the satisfaction survey.
     *
     * @param actor          staff
     * @param sessionId      the session
     * @param registrationId the attendee's registration
     * @param satisfaction   the score and comment
     */
    public record RecordSatisfaction(Actor actor, SessionId sessionId, RegistrationId registrationId,
            Satisfaction satisfaction) {

        public RecordSatisfaction {
            Objects.requireNonNull(satisfaction, "satisfaction");
        }
    }
}
