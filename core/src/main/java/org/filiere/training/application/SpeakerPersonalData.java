package org.filiere.training.application;

import static org.filiere.access.AccessPolicy.requireStaff;

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
import org.filiere.member.Contacts;
import org.filiere.member.MemberId;
import org.filiere.privacy.PersonalDataKind;
import org.filiere.privacy.PersonalDataPlace;
import org.filiere.privacy.application.ReadsPersonalData;
import org.filiere.training.Course;
import org.filiere.training.Courses;
import org.filiere.training.Session;
import org.filiere.training.Sessions;
import org.filiere.training.Speaker;
import org.filiere.training.SpeakerId;

/**
 * Training sessions' speakers as a place of personal data, reached by the speaker's id and never by their name:
 * a member's contact person is found by e-mail through their contact record, a speaker known only as a speaker
 * (an outside expert) by their own id. Erasure leaves the speaker's place in the programme with nothing about the
 * person ({@link Speaker#erased()}); another speaker with the same name is untouched.
 */
@ApplicationScoped
@BindsCurrentActor
@Transactional
public class SpeakerPersonalData implements PersonalDataPlace {

    private final Sessions sessions;
    private final Courses courses;
    private final Contacts contacts;

    @Inject
    public SpeakerPersonalData(Sessions sessions, Courses courses, Contacts contacts) {
        this.sessions = sessions;
        this.courses = courses;
        this.contacts = contacts;
    }

    /** For the CDI container's proxies. */
    protected SpeakerPersonalData() {
        this(null, null, null);
    }

    @Override
    @PublicRead
    public String name() {
        return "training speakers";
    }

    @Override
    @ReadsPersonalData(PersonalDataKind.TRAINING_SPEAKERS)
    public List<Map<String, String>> export(Actor actor, String email) {
        requireStaff(actor, "export a person's talks at training sessions");
        List<Map<String, String>> records = new ArrayList<>();
        contactsWith(email).forEach(id -> records.addAll(records(id)));
        return records;
    }

    @Override
    public int erase(Actor actor, String email) {
        requireStaff(actor, "erase a person's talks at training sessions");
        return contactsWith(email).stream().mapToInt(this::eraseSpeaker).sum();
    }

    /** Every talk of the speaker with this id, each as field names and values, by session start. */
    @ReadsPersonalData(PersonalDataKind.TRAINING_SPEAKERS)
    public List<Map<String, String>> export(Actor actor, SpeakerId speaker) {
        requireStaff(actor, "export a speaker's talks at training sessions");
        return records(speaker);
    }

    /**
     * Erases the speaker with this id from every session's programme.
     *
     * @return how many talks were erased
     */
    public int erase(Actor actor, SpeakerId speaker) {
        requireStaff(actor, "erase a speaker's talks at training sessions");
        return eraseSpeaker(speaker);
    }

    private List<SpeakerId> contactsWith(String email) {
        return contacts.withEmail(email).stream().map(c -> SpeakerId.of(c.id())).toList();
    }

    private List<Map<String, String>> records(SpeakerId speaker) {
        List<Map<String, String>> records = new ArrayList<>();
        for (Session s : sessions.withSpeaker(speaker)) {
            String course = courses.find(s.courseId()).map(Course::title).orElse(s.courseId().toString());
            for (Speaker talk : s.speakers()) {
                if (talk.is(speaker)) {
                    Map<String, String> record = new LinkedHashMap<>();
                    record.put("speaker", speaker.toString());
                    record.put("session", s.id().toString());
                    record.put("course", course);
                    record.put("start", s.schedule().start().toString());
                    record.put("name", talk.name());
                    record.put("organisation", talk.organisation());
                    record.put("bio", talk.bio());
                    record.put("employer", talk.employer().map(MemberId::value).orElse(""));
                    records.add(record);
                }
            }
        }
        return records;
    }

    private int eraseSpeaker(SpeakerId speaker) {
        int erased = 0;
        for (Session found : sessions.withSpeaker(speaker)) {
            Session s = sessions.getForUpdate(found.id());
            erased += s.eraseSpeaker(speaker);
            sessions.save(s);
        }
        return erased;
    }
}
