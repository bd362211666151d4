package org.filiere.training.application;

import static org.filiere.access.AccessPolicy.requireStaff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
import org.filiere.training.Course;
import org.filiere.training.Courses;
import org.filiere.training.Registration;
import org.filiere.training.Session;
import org.filiere.training.Sessions;

/**
 * Training registrations as a place of personal data: erasure anonymises the person and keeps the seats, attendance
 * and satisfaction scores the figures count.
 */
@ApplicationScoped
@BindsCurrentActor
@Transactional
public class TrainingPersonalData implements PersonalDataPlace {

    private final Sessions sessions;
    private final Courses courses;

    @Inject
    public TrainingPersonalData(Sessions sessions, Courses courses) {
        this.sessions = sessions;
        this.courses = courses;
    }

    /** For the CDI container's proxies. */
    protected TrainingPersonalData() {
        this(null, null);
    }

    @Override
    @PublicRead
    public String name() {
        return "training registrations";
    }

    @Override
    @ReadsPersonalData(PersonalDataKind.TRAINING_REGISTRATIONS)
    public List<Map<String, String>> export(Actor actor, String email) {
        requireStaff(actor, "export a person's training registrations");
        String key = email.strip().toLowerCase(Locale.ROOT);
        List<Map<String, String>> records = new ArrayList<>();
        for (Session s : sessions.withPerson(email)) {
            String course = courses.find(s.courseId()).map(Course::title).orElse(s.courseId().toString());
            for (Registration r : s.registrations()) {
                if (r.participant().personKey().equals(key)) {
                    Map<String, String> record = new LinkedHashMap<>();
                    record.put("course", course);
                    record.put("start", s.schedule().start().toString());
                    record.put("name", r.participant().name());
                    record.put("email", r.participant().email());
                    record.put("organisation", r.participant().organisation());
                    record.put("status", r.status().name());
                    record.put("attendance", r.attendance().name());
                    record.put("satisfaction", r.satisfaction().map(x -> x.score() + " " + x.comment()).orElse(""));
                    records.add(record);
                }
            }
        }
        return records;
    }

    @Override
    public int erase(Actor actor, String email) {
        requireStaff(actor, "erase a person's training registrations");
        int erased = 0;
        for (Session found : sessions.withPerson(email)) {
            Session s = sessions.getForUpdate(found.id());
            erased += s.erasePerson(email);
            sessions.save(s);
        }
        return erased;
    }
}
