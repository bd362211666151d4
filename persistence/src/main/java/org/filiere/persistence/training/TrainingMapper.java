package org.filiere.persistence.training;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.filiere.member.ContactId;
import org.filiere.member.MemberId;
import org.filiere.member.Siret;
import org.filiere.training.Attendance;
import org.filiere.training.Course;
import org.filiere.training.Course.CourseDescription;
import org.filiere.training.CourseId;
import org.filiere.training.ExternalReference;
import org.filiere.training.Formacode;
import org.filiere.training.NsfCode;
import org.filiere.training.Participant;
import org.filiere.training.Prices;
import org.filiere.training.Provider;
import org.filiere.training.Registration;
import org.filiere.training.RegistrationId;
import org.filiere.training.RegistrationStatus;
import org.filiere.training.Satisfaction;
import org.filiere.training.Schedule;
import org.filiere.training.Session;
import org.filiere.training.SessionId;
import org.filiere.training.SessionPlan;
import org.filiere.training.SessionStatus;
import org.filiere.training.SessionSummary;
import org.filiere.training.Speaker;
import org.filiere.training.SpeakerId;
import org.filiere.training.Venue;

/** Copies courses and sessions between the domain model and their rows. */
final class TrainingMapper {

    private TrainingMapper() {
    }

    static Course toDomain(CourseEntity e) {
        Provider provider = e.providerSiret == null ? new Provider(Optional.empty(), e.providerName)
                : Provider.organisation(new Siret(e.providerSiret), e.providerName);
        CourseDescription description = new CourseDescription(e.title, e.objectives, Optional.ofNullable(e.hours),
                Optional.ofNullable(e.formacode).map(Formacode::new), Optional.ofNullable(e.nsfCode).map(NsfCode::new),
                provider);
        return new Course(CourseId.of(e.id), description, reference(e.externalSiret, e.externalId), e.version);
    }

    static void copy(Course c, CourseEntity e) {
        e.id = c.id().toString();
        e.title = c.title();
        e.objectives = c.objectives();
        e.hours = c.hours().orElse(null);
        e.formacode = c.description().formacode().map(Formacode::value).orElse(null);
        e.nsfCode = c.description().nsfCode().map(NsfCode::value).orElse(null);
        e.providerSiret = c.provider().siret().map(Siret::value).orElse(null);
        e.providerName = c.provider().name();
        e.externalSiret = c.externalReference().map(r -> r.provider().value()).orElse(null);
        e.externalId = c.externalReference().map(ExternalReference::id).orElse(null);
    }

    static Session toDomain(SessionEntity e) {
        List<Registration> registrations = e.registrations.stream().map(TrainingMapper::toDomain).toList();
        return new Session(SessionId.of(e.id), CourseId.of(e.courseId), plan(e), e.capacity,
                SessionStatus.valueOf(e.status), e.sequence, e.cancellationReason,
                reference(e.externalSiret, e.externalId), registrations, e.version);
    }

    /** A session's summary from its row alone, with the counts it keeps, without touching its registrations. */
    static SessionSummary toSummary(SessionEntity e) {
        return new SessionSummary(SessionId.of(e.id), CourseId.of(e.courseId), plan(e), e.capacity,
                SessionStatus.valueOf(e.status), e.confirmedCount, e.waitlistedCount, e.sequence,
                reference(e.externalSiret, e.externalId), e.version);
    }

    private static SessionPlan plan(SessionEntity e) {
        List<Speaker> speakers = e.speakers.stream().map(s -> new Speaker(
                Optional.ofNullable(s.speakerId).map(SpeakerId::parse), s.name, s.organisation, s.bio,
                Optional.ofNullable(s.employerSiren).map(MemberId::of))).toList();
        return new SessionPlan(new Schedule(e.startsAt, e.endsAt),
                new Venue(e.venueName, e.venueStreet, e.venuePostcode, e.venueCommune), speakers,
                new Prices(e.priceMembers, e.priceNonMembers), e.registrationDeadline);
    }

    private static Registration toDomain(RegistrationEntity r) {
        Participant participant = new Participant(r.name, r.email, r.organisation,
                Optional.ofNullable(r.employerSiren).map(MemberId::of),
                Optional.ofNullable(r.contactId).map(ContactId::of));
        Optional<Satisfaction> satisfaction = r.satisfactionScore == null ? Optional.empty()
                : Optional.of(new Satisfaction(r.satisfactionScore, r.satisfactionComment));
        return new Registration(RegistrationId.of(r.id), participant, r.arrival, r.registeredAt, r.price,
                RegistrationStatus.valueOf(r.status), Optional.ofNullable(r.promotedAt),
                Optional.ofNullable(r.cancelledAt), Attendance.valueOf(r.attendance), satisfaction);
    }

    private static Optional<ExternalReference> reference(String siret, String id) {
        return siret == null ? Optional.empty() : Optional.of(new ExternalReference(new Siret(siret), id));
    }

    /**
     * Copies a session's state onto its rows: speakers are updated in place by position, registrations by id;
     * new ones are added and removed ones deleted; the session row's counts follow its registrations.
     */
    static void copy(Session s, SessionEntity e) {
        e.id = s.id().toString();
        e.courseId = s.courseId().toString();
        e.startsAt = s.schedule().start();
        e.endsAt = s.schedule().end();
        e.venueName = s.venue().name();
        e.venueStreet = s.venue().street();
        e.venuePostcode = s.venue().postcode();
        e.venueCommune = s.venue().commune();
        e.capacity = s.capacity();
        e.priceMembers = s.prices().members();
        e.priceNonMembers = s.prices().nonMembers();
        e.registrationDeadline = s.registrationDeadline();
        e.status = s.status().name();
        e.sequence = s.sequence();
        e.cancellationReason = s.cancellationReason();
        e.externalSiret = s.externalReference().map(r -> r.provider().value()).orElse(null);
        e.externalId = s.externalReference().map(ExternalReference::id).orElse(null);
        copySpeakers(s.speakers(), e);
        copyRegistrations(s.registrations(), e);
        e.confirmedCount = Math.toIntExact(s.confirmedCount());
        e.waitlistedCount = Math.toIntExact(s.waitlistedCount());
    }

    private static void copySpeakers(List<Speaker> speakers, SessionEntity e) {
        e.speakers.removeIf(row -> row.position >= speakers.size());
        Map<Integer, SpeakerEntity> byPosition = e.speakers.stream()
                .collect(Collectors.toMap(row -> row.position, Function.identity()));
        for (int i = 0; i < speakers.size(); i++) {
            SpeakerEntity row = byPosition.get(i);
            if (row == null) {
                row = new SpeakerEntity();
                row.sessionId = e.id;
                row.position = i;
                row.session = e;
                e.speakers.add(row);
            }
            Speaker speaker = speakers.get(i);
            row.speakerId = speaker.id().map(SpeakerId::toString).orElse(null);
            row.name = speaker.name();
            row.organisation = speaker.organisation();
            row.bio = speaker.bio();
            row.employerSiren = speaker.employer().map(MemberId::value).orElse(null);
        }
    }

    private static void copyRegistrations(List<Registration> registrations, SessionEntity e) {
        Map<String, RegistrationEntity> byId = e.registrations.stream()
                .collect(Collectors.toMap(row -> row.id, Function.identity()));
        Set<String> kept = registrations.stream().map(r -> r.id().toString()).collect(Collectors.toSet());
        e.registrations.removeIf(row -> !kept.contains(row.id));
        for (Registration r : registrations) {
            RegistrationEntity row = byId.get(r.id().toString());
            if (row == null) {
                row = new RegistrationEntity();
                row.id = r.id().toString();
                row.sessionId = e.id;
                row.session = e;
                row.arrival = r.arrival();
                row.name = r.participant().name();
                row.email = r.participant().email();
                row.organisation = r.participant().organisation();
                row.employerSiren = r.participant().employer().map(MemberId::value).orElse(null);
                row.contactId = r.participant().contact().map(ContactId::toString).orElse(null);
                row.registeredAt = r.registeredAt();
                row.price = r.price();
                e.registrations.add(row);
            }
            row.name = r.participant().name();
            row.email = r.participant().email();
            row.organisation = r.participant().organisation();
            row.contactId = r.participant().contact().map(ContactId::toString).orElse(null);
            row.status = r.status().name();
            row.promotedAt = r.promotedAt().orElse(null);
            row.cancelledAt = r.cancelledAt().orElse(null);
            row.attendance = r.attendance().name();
            row.satisfactionScore = r.satisfaction().map(Satisfaction::score).orElse(null);
            row.satisfactionComment = r.satisfaction().map(Satisfaction::comment).orElse(null);
        }
    }
}
