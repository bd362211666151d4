package org.filiere.training.application;

import static org.filiere.access.AccessPolicy.onOwnRecord;
import static org.filiere.access.AccessPolicy.requireStaff;
import static org.filiere.access.AccessPolicy.requireStaffOrOwner;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.filiere.access.Actor;
import org.filiere.access.application.BindsCurrentActor;
import org.filiere.kernel.DomainEvent;
import org.filiere.kernel.DomainEvents;
import org.filiere.kernel.NotFoundException;
import org.filiere.member.ContributionKind;
import org.filiere.member.Member;
import org.filiere.member.MemberId;
import org.filiere.member.Members;
import org.filiere.member.application.ContributionService;
import org.filiere.training.AttendanceRecorded;
import org.filiere.training.Course;
import org.filiere.training.Courses;
import org.filiere.training.Participant;
import org.filiere.training.Registration;
import org.filiere.training.RegistrationId;
import org.filiere.training.RegistrationPromoted;
import org.filiere.training.RegistrationRules;
import org.filiere.training.Session;
import org.filiere.training.Sessions;
import org.filiere.training.SpeakerContributionPolicy;
import org.filiere.training.application.TrainingCommands.CancelRegistration;
import org.filiere.training.application.TrainingCommands.RecordAttendance;
import org.filiere.training.application.TrainingCommands.RecordSatisfaction;
import org.filiere.training.application.TrainingCommands.Register;

/**
 * Registrations, their cancellation with the promotion of the waitlist, and attendance. Each command holds its
 * session for the length of its transaction ({@link Sessions#getForUpdate}), so that people registering at the
 * same moment get seats and waitlist places in one consistent order.
 */
@ApplicationScoped
@BindsCurrentActor
@Transactional
public class RegistrationService {

    private final Sessions sessions;
    private final Courses courses;
    private final Members members;
    private final ContributionService contributions;
    private final DomainEvents events;
    private final Clock clock;

    @Inject
    public RegistrationService(Sessions sessions, Courses courses, Members members,
            ContributionService contributions, DomainEvents events, Clock clock) {
        this.sessions = sessions;
        this.courses = courses;
        this.members = members;
        this.contributions = contributions;
        this.events = events;
        this.clock = clock;
    }

    /** For the CDI container's proxies. */
    protected RegistrationService() {
        this(null, null, null, null, null, null);
    }

    /**
     * Registers a person: confirmed while seats remain, waitlisted after that. A member's employee pays the
     * member price when their employer is a member in the session's year.
     */
    public RegistrationOutcome register(Register c) {
        Participant participant = c.participant();
        requireMayActFor(c.actor(), participant, "register someone for a training session");
        Member employer = participant.employer().map(members::get).orElse(null);
        Session session = sessions.getForUpdate(c.sessionId());
        boolean memberRate = employer != null && employer.isMemberIn(session.schedule().year());
        Session.Registered registered = session.register(RegistrationId.random(), participant, memberRate, clock);
        sessions.save(session);
        events.publish(registered.event());
        Registration r = registered.registration();
        return new RegistrationOutcome(r.id(), r.status(), registered.waitlistPosition(), r.price());
    }

    /**
     * Cancels a registration; when it held a seat, the first person on the waitlist gets it.
     *
     * @return the registration promoted, if one was
     */
    public Optional<RegistrationId> cancel(CancelRegistration c) {
        return onOwnRecord(c.actor(), "cancel a registration for a training session", () -> {
            Session session = sessions.getForUpdate(c.sessionId());
            Registration registration = session.registration(c.registrationId())
                    .orElseThrow(() -> new NotFoundException("registration " + c.registrationId() + " on the "
                            + session.describeForPeople()));
            requireMayActFor(c.actor(), registration.participant(), "cancel a registration for a training session");
            List<DomainEvent> happened = session.cancelRegistration(c.registrationId(), clock);
            sessions.save(session);
            happened.forEach(events::publish);
            return happened.stream().filter(RegistrationPromoted.class::isInstance)
                    .map(RegistrationPromoted.class::cast).map(RegistrationPromoted::registrationId).findFirst();
        });
    }

    /**
     * Records who came, after the session. The first time, each speaker employed by a member counts as that
     * member's contribution days ({@link SpeakerContributionPolicy}), described by the session without the speaker's
     * name: the contribution is the member's, and a person's erasure need not reach it.
     */
    public AttendanceRecorded recordAttendance(RecordAttendance c) {
        requireStaff(c.actor(), "record the attendance of a training session");
        Session session = sessions.getForUpdate(c.sessionId());
        AttendanceRecorded recorded = session.recordAttendance(c.marks(), clock);
        sessions.save(session);
        if (recorded.firstRecord()) {
            Course course = courses.get(session.courseId());
            session.speakers().forEach(speaker -> speaker.employer().ifPresent(employer -> contributions.record(
                    c.actor(), employer, session.schedule().day(), ContributionKind.TRAINING_SPEAKER,
                    SpeakerContributionPolicy.daysFor(course.hours()),
                    "A speaker of the member at \"" + course.title() + "\" on "
                            + session.schedule().day().format(RegistrationRules.DAY_FORMAT))));
        }
        events.publish(recorded);
        return recorded;
    }

    /** Records an attendee's answer to the satisfaction survey. */
    public void recordSatisfaction(RecordSatisfaction c) {
        requireStaff(c.actor(), "record a satisfaction answer");
        Session session = sessions.getForUpdate(c.sessionId());
        session.recordSatisfaction(c.registrationId(), c.satisfaction());
        sessions.save(session);
    }

    private static void requireMayActFor(Actor actor, Participant participant, String action) {
        requireStaffOrOwner(actor, participant.employer().map(MemberId::value), action);
    }
}
