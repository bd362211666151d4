package org.filiere.speedmeeting.application;

import static org.filiere.access.AccessPolicy.requireStaff;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.filiere.access.Actor;
import org.filiere.access.PublicRead;
import org.filiere.access.application.BindsCurrentActor;
import org.filiere.event.Event;
import org.filiere.event.Events;
import org.filiere.privacy.RetentionPolicy;
import org.filiere.privacy.RetentionRule;
import org.filiere.speedmeeting.SpeedMeeting;
import org.filiere.speedmeeting.SpeedMeetings;

/**
 * Event registrations and speed-meeting profiles kept no longer than the retention policy says: once an event ended
 * longer ago, its registrations and its speed-meeting's profiles and messages are anonymised, keeping the seats,
 * check-ins, scores and meetings the figures count.
 */
@ApplicationScoped
@BindsCurrentActor
@Transactional
public class EventRetention implements RetentionRule {

    private final Events events;
    private final SpeedMeetings speedMeetings;
    private final RetentionPolicy policy;
    private final Clock clock;

    @Inject
    public EventRetention(Events events, SpeedMeetings speedMeetings, RetentionPolicy policy, Clock clock) {
        this.events = events;
        this.speedMeetings = speedMeetings;
        this.policy = policy;
        this.clock = clock;
    }

    /** For the CDI container's proxies. */
    protected EventRetention() {
        this(null, null, null, null);
    }

    @Override
    @PublicRead
    public String name() {
        return "event registrations and speed-meeting profiles";
    }

    @Override
    public int apply(Actor actor) {
        requireStaff(actor, "apply the retention of event registrations");
        LocalDateTime cutoff = policy.registrationsCutoff(clock);
        int erased = 0;
        for (Event found : events.endedBeforeWithPersonalData(cutoff)) {
            Optional<SpeedMeeting> meeting = speedMeetings.find(found.id());
            if (meeting.isPresent()) {
                SpeedMeeting locked = speedMeetings.getForUpdate(found.id());
                erased += locked.eraseEveryone();
                speedMeetings.save(locked);
            }
            Event event = events.getForUpdate(found.id());
            erased += event.eraseEveryone();
            events.save(event);
        }
        return erased;
    }
}
