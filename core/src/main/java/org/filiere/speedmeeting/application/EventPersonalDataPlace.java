package org.filiere.speedmeeting.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.filiere.access.Actor;
import org.filiere.access.PublicRead;
import org.filiere.access.application.BindsCurrentActor;
import org.filiere.privacy.PersonalDataKind;
import org.filiere.privacy.PersonalDataPlace;
import org.filiere.privacy.application.ReadsPersonalData;
import org.filiere.speedmeeting.SpeedParticipant;
import org.filiere.training.Participant;

/**
 * Event registrations and speed-meeting profiles as a place of personal data, through {@link EventPersonalData}:
 * erasure anonymises the person and keeps the seats, attendance and feedback scores the figures count.
 */
@ApplicationScoped
@BindsCurrentActor
@Transactional
public class EventPersonalDataPlace implements PersonalDataPlace {

    private final EventPersonalData events;

    @Inject
    public EventPersonalDataPlace(EventPersonalData events) {
        this.events = events;
    }

    /** For the CDI container's proxies. */
    protected EventPersonalDataPlace() {
        this(null);
    }

    @Override
    @PublicRead
    public String name() {
        return "event registrations and speed-meeting profiles";
    }

    @Override
    @ReadsPersonalData(PersonalDataKind.EVENT_REGISTRATIONS)
    public List<Map<String, String>> export(Actor actor, String email) {
        EventPersonalData.Export export = events.export(actor, email);
        List<Map<String, String>> records = new ArrayList<>();
        for (EventPersonalData.Registered r : export.registrations()) {
            Map<String, String> record = person(r.registration().participant());
            record.put("event", r.event());
            record.put("start", r.start().toString());
            record.put("status", r.registration().status().name());
            record.put("attendance", r.registration().attendance().name());
            records.add(record);
        }
        for (EventPersonalData.Profile p : export.profiles()) {
            SpeedParticipant s = p.participant();
            Map<String, String> record = person(s.person());
            record.put("speed-meeting", p.event());
            record.put("sector", s.sector());
            record.put("offer", s.offer());
            record.put("wants", s.wants());
            record.put("messages", String.join("\n", p.messages()));
            records.add(record);
        }
        return records;
    }

    @Override
    public int erase(Actor actor, String email) {
        return events.erase(actor, email);
    }

    private static Map<String, String> person(Participant p) {
        Map<String, String> record = new LinkedHashMap<>();
        record.put("name", p.name());
        record.put("email", p.email());
        record.put("organisation", p.organisation());
        return record;
    }
}
