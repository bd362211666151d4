package org.filiere.persistence.event;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.filiere.event.EventId;
import org.filiere.event.EventRegistrationId;
import org.filiere.member.ContactId;
import org.filiere.member.MemberId;
import org.filiere.speedmeeting.Layout;
import org.filiere.speedmeeting.MeetingId;
import org.filiere.speedmeeting.MeetingRequest;
import org.filiere.speedmeeting.ParticipantId;
import org.filiere.speedmeeting.RequestStatus;
import org.filiere.speedmeeting.Slot;
import org.filiere.speedmeeting.SpeedMeeting;
import org.filiere.speedmeeting.SpeedParticipant;
import org.filiere.training.Participant;

/** Copies speed-meetings, their participants and requests between the domain model and their rows. */
final class SpeedMeetingMapper {

    private SpeedMeetingMapper() {
    }

    static SpeedMeeting toDomain(SpeedMeetingEntity e, String eventTitle) {
        Layout layout = new Layout(e.firstRound, e.rounds, e.roundMinutes, e.changeoverMinutes, e.breakEvery,
                e.breakMinutes, e.tables);
        List<SpeedParticipant> participants = e.participants.stream().map(SpeedMeetingMapper::toDomain).toList();
        List<MeetingRequest> requests = e.requests.stream().map(SpeedMeetingMapper::toDomain).toList();
        return new SpeedMeeting(EventId.of(e.eventId), eventTitle, layout, e.optOut, Optional.ofNullable(e.publishedAt),
                participants, requests, e.version);
    }

    private static SpeedParticipant toDomain(SpeedParticipantEntity p) {
        Participant person = new Participant(p.name, p.email, p.organisation,
                Optional.ofNullable(p.employerSiren).map(MemberId::of),
                Optional.ofNullable(p.contactId).map(ContactId::of));
        return new SpeedParticipant(ParticipantId.of(p.id), EventRegistrationId.of(p.registrationId), person, p.member,
                p.sector, p.offer, p.wants, rounds(p.availability), p.joinedAt, Optional.ofNullable(p.leftAt));
    }

    private static MeetingRequest toDomain(SpeedRequestEntity r) {
        Optional<Slot> slot = r.round == null ? Optional.empty() : Optional.of(new Slot(r.round, r.table));
        return new MeetingRequest(MeetingId.of(r.id), ParticipantId.of(r.from), ParticipantId.of(r.to), r.message,
                r.requestedAt, Optional.ofNullable(r.expiresAt), RequestStatus.valueOf(r.status), r.acceptedByDefault,
                Optional.ofNullable(r.answeredAt), slot, r.locked, r.sequence);
    }

    /** The rounds written {@code 1,2,5}; nothing for every round. */
    static Set<Integer> rounds(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(text.split(",")).map(String::strip).map(Integer::valueOf)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static String rounds(Set<Integer> rounds) {
        return rounds.isEmpty() ? null
                : new TreeSet<>(rounds).stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** Copies a speed-meeting onto its rows: participants and requests by id, new ones added. */
    static void copy(SpeedMeeting s, SpeedMeetingEntity e) {
        e.eventId = s.event().toString();
        Layout layout = s.layout();
        e.firstRound = layout.firstRound();
        e.rounds = layout.rounds();
        e.roundMinutes = layout.roundMinutes();
        e.changeoverMinutes = layout.changeoverMinutes();
        e.breakEvery = layout.breakEvery();
        e.breakMinutes = layout.breakMinutes();
        e.tables = layout.tables();
        e.optOut = s.optOut();
        e.publishedAt = s.publishedAt().orElse(null);
        Map<String, SpeedParticipantEntity> participants = e.participants.stream()
                .collect(Collectors.toMap(row -> row.id, Function.identity()));
        for (SpeedParticipant p : s.participants()) {
            SpeedParticipantEntity row = participants.get(p.id().toString());
            if (row == null) {
                row = new SpeedParticipantEntity();
                row.id = p.id().toString();
                row.speedMeeting = e;
                row.registrationId = p.registration().toString();
                row.member = p.member();
                row.joinedAt = p.joinedAt();
                e.participants.add(row);
            }
            row.name = p.person().name();
            row.email = p.person().email();
            row.organisation = p.person().organisation();
            row.employerSiren = p.person().employer().map(MemberId::value).orElse(null);
            row.contactId = p.person().contact().map(ContactId::toString).orElse(null);
            row.sector = p.sector();
            row.offer = p.offer();
            row.wants = p.wants();
            row.availability = rounds(p.availability());
            row.leftAt = p.leftAt().orElse(null);
        }
        Map<String, SpeedRequestEntity> requests = e.requests.stream()
                .collect(Collectors.toMap(row -> row.id, Function.identity()));
        for (MeetingRequest r : s.requests()) {
            SpeedRequestEntity row = requests.get(r.id().toString());
            if (row == null) {
                row = new SpeedRequestEntity();
                row.id = r.id().toString();
                row.speedMeeting = e;
                row.from = r.from().toString();
                row.to = r.to().toString();
                row.requestedAt = r.requestedAt();
                row.expiresAt = r.expiresAt().orElse(null);
                e.requests.add(row);
            }
            row.message = r.message();
            row.status = r.status().name();
            row.acceptedByDefault = r.acceptedByDefault();
            row.answeredAt = r.answeredAt().orElse(null);
            row.round = r.slot().map(Slot::round).orElse(null);
            row.table = r.slot().map(Slot::table).orElse(null);
            row.locked = r.locked();
            row.sequence = r.sequence();
        }
    }
}
