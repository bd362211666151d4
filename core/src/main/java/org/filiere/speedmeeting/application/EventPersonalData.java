package org.filiere.speedmeeting.application;

import static org.filiere.access.AccessPolicy.requireStaff;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.filiere.access.Actor;
import org.filiere.access.application.BindsCurrentActor;
import org.filiere.event.Event;
import org.filiere.event.EventRegistration;
import org.filiere.event.Events;
import org.filiere.privacy.PersonalDataKind;
import org.filiere.privacy.application.ReadsPersonalData;
import org.filiere.speedmeeting.MeetingRequest;
import org.filiere.speedmeeting.SpeedMeeting;
import org.filiere.speedmeeting.SpeedMeetings;
import org.filiere.speedmeeting.SpeedParticipant;

/**
 * The personal data events hold about a person, found by their e-mail address: their registrations (with check-in
 * and feedback) and their speed-meeting profiles and messages. Staff export it, or erase it on request; erasing keeps
 * what the figures need (seats, attendance, scores, meetings) and removes who the person was.
 */
@ApplicationScoped
@BindsCurrentActor
@Transactional
public class EventPersonalData {

    private final Events events;
    private final SpeedMeetings speedMeetings;
    private final Clock clock;

    @Inject
    public EventPersonalData(Events events, SpeedMeetings speedMeetings, Clock clock) {
        this.events = events;
        this.speedMeetings = speedMeetings;
        this.clock = clock;
    }

    /** For the CDI container's proxies. */
    protected EventPersonalData() {
        this(null, null, null);
    }

    /**
     * Everything events hold about the person with this e-mail address.
     *
     * @param exportedAt    when the export was made
     * @param registrations their registrations, event by event
     * @param profiles      their speed-meeting profiles, with the messages they sent
     */
    public record Export(String email, Instant exportedAt, List<Registered> registrations,
            List<Profile> profiles) {
    }

    /**
     * One registration of the person.
     *
     * @param event        the event's title
     * @param start        when it started
     * @param registration the registration as stored
     */
    public record Registered(String event, LocalDateTime start, EventRegistration registration) {
    }

    /**
     * The person's profile at one speed-meeting.
     *
     * @param event       the event's title
     * @param participant the profile as stored
     * @param messages    the messages they sent with their requests
     */
    public record Profile(String event, SpeedParticipant participant, List<String> messages) {
    }

    /** Exports what events hold about a person; staff only. */
    @ReadsPersonalData(PersonalDataKind.EVENT_REGISTRATIONS)
    public Export export(Actor actor, String email) {
        requireStaff(actor, "export a person's event data");
        String key = email.strip().toLowerCase(Locale.ROOT);
        List<Registered> registrations = new ArrayList<>();
        for (Event e : events.withPerson(key)) {
            e.registrations().stream().filter(r -> r.participant().personKey().equals(key))
                    .forEach(r -> registrations.add(new Registered(e.title(), e.details().start(), r)));
        }
        List<Profile> profiles = new ArrayList<>();
        for (SpeedMeeting s : speedMeetings.withPerson(key)) {
            for (SpeedParticipant p : s.participants()) {
                if (p.person().personKey().equals(key)) {
                    profiles.add(new Profile(s.eventTitle(), p, s.requests().stream()
                            .filter(r -> r.from().equals(p.id())).map(MeetingRequest::message)
                            .filter(m -> !m.isEmpty()).toList()));
                }
            }
        }
        return new Export(key, clock.instant(), registrations, profiles);
    }

    /**
     * Erases what events hold about a person; staff only.
     *
     * @return how many records (registrations and profiles) were erased
     */
    public int erase(Actor actor, String email) {
        requireStaff(actor, "erase a person's event data");
        String key = email.strip().toLowerCase(Locale.ROOT);
        int erased = 0;
        for (SpeedMeeting found : speedMeetings.withPerson(key)) {
            SpeedMeeting s = speedMeetings.getForUpdate(found.event());
            erased += s.erasePerson(key);
            speedMeetings.save(s);
        }
        for (Event found : events.withPerson(key)) {
            Event e = events.getForUpdate(found.id());
            erased += e.erasePerson(key);
            events.save(e);
        }
        return erased;
    }
}
