package org.filiere.persistence.event;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.filiere.event.Event;
import org.filiere.event.EventDetails;
import org.filiere.event.EventId;
import org.filiere.event.EventKind;
import org.filiere.event.EventRegistration;
import org.filiere.event.EventRegistrationId;
import org.filiere.event.EventStatus;
import org.filiere.member.ContactId;
import org.filiere.member.MemberId;
import org.filiere.programme.PartnerId;
import org.filiere.training.Attendance;
import org.filiere.training.Participant;
import org.filiere.training.Prices;
import org.filiere.training.RegistrationStatus;
import org.filiere.training.Satisfaction;
import org.filiere.training.Venue;

/** Copies events and their registrations between the domain model and their rows. */
final class EventMapper {

    private EventMapper() {
    }

    static Event toDomain(EventEntity e) {
        EventDetails details = new EventDetails(EventKind.valueOf(e.kind), e.title, e.description, e.theme,
                new Venue(e.venueName, e.venueStreet, e.venuePostcode, e.venueCommune), e.startsAt, e.endsAt,
                new Prices(e.priceMembers, e.priceNonMembers), e.organiser,
                e.partners.stream().map(PartnerId::of).toList());
        List<EventRegistration> registrations = e.registrations.stream().map(EventMapper::toDomain).toList();
        return new Event(EventId.of(e.id), details, e.capacity, EventStatus.valueOf(e.status), e.sequence,
                e.cancellationReason, registrations, e.version);
    }

    private static EventRegistration toDomain(EventRegistrationEntity r) {
        Participant participant = new Participant(r.name, r.email, r.organisation,
                Optional.ofNullable(r.employerSiren).map(MemberId::of),
                Optional.ofNullable(r.contactId).map(ContactId::of));
        Optional<Satisfaction> feedback = r.feedbackScore == null ? Optional.empty()
                : Optional.of(new Satisfaction(r.feedbackScore, r.feedbackComment));
        return new EventRegistration(EventRegistrationId.of(r.id), participant, r.arrival, r.registeredAt, r.price,
                r.memberRate, RegistrationStatus.valueOf(r.status), Optional.ofNullable(r.promotedAt),
                Optional.ofNullable(r.cancelledAt), Attendance.valueOf(r.attendance),
                Optional.ofNullable(r.checkedInAt), feedback);
    }

    /**
     * Copies an event onto its rows: registrations are updated by id (the person's details too, which an erasure
     * changes), new ones added.
     */
    static void copy(Event event, EventEntity e) {
        EventDetails d = event.details();
        e.id = event.id().toString();
        e.kind = d.kind().name();
        e.title = d.title();
        e.description = d.description();
        e.theme = d.theme();
        e.venueName = d.venue().name();
        e.venueStreet = d.venue().street();
        e.venuePostcode = d.venue().postcode();
        e.venueCommune = d.venue().commune();
        e.startsAt = d.start();
        e.endsAt = d.end();
        e.year = d.start().getYear();
        e.capacity = event.capacity();
        e.priceMembers = d.prices().members();
        e.priceNonMembers = d.prices().nonMembers();
        e.organiser = d.organiser();
        e.status = event.status().name();
        e.sequence = event.sequence();
        e.cancellationReason = event.cancellationReason();
        List<String> partners = d.partners().stream().map(PartnerId::toString).toList();
        if (!partners.equals(e.partners)) {
            e.partners.clear();
            e.partners.addAll(partners);
        }
        Map<String, EventRegistrationEntity> byId = e.registrations.stream()
                .collect(Collectors.toMap(row -> row.id, Function.identity()));
        for (EventRegistration r : event.registrations()) {
            EventRegistrationEntity row = byId.get(r.id().toString());
            if (row == null) {
                row = new EventRegistrationEntity();
                row.id = r.id().toString();
                row.event = e;
                row.arrival = r.arrival();
                row.registeredAt = r.registeredAt();
                row.price = r.price();
                row.memberRate = r.memberRate();
                e.registrations.add(row);
            }
            row.name = r.participant().name();
            row.email = r.participant().email();
            row.organisation = r.participant().organisation();
            row.employerSiren = r.participant().employer().map(MemberId::value).orElse(null);
            row.contactId = r.participant().contact().map(ContactId::toString).orElse(null);
            row.status = r.status().name();
            row.promotedAt = r.promotedAt().orElse(null);
            row.cancelledAt = r.cancelledAt().orElse(null);
            row.attendance = r.attendance().name();
            row.checkedInAt = r.checkedInAt().orElse(null);
            row.feedbackScore = r.feedback().map(Satisfaction::score).orElse(null);
            row.feedbackComment = r.feedback().map(Satisfaction::comment).orElse(null);
        }
    }
}
