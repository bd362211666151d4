package org.filiere.programme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.filiere.kernel.DomainEvent;
import org.filiere.member.MemberId;

/**
 * Event: a member's enrollment in a partner programme was accepted.
 *
 * @param eventId     this occurrence
 * @param occurredAt  when it happened
 * @param programmeId the programme
 * @param memberId    the member
 * @param acceptedOn  the day of acceptance
 * @param placesLeft  the places left after it
 */
public record EnrollmentAccepted(UUID eventId, Instant occurredAt, PartnerProgrammeId programmeId, MemberId memberId,
        LocalDate acceptedOn, int placesLeft) implements DomainEvent {

    @Override
    public String aggregateId() {
        return programmeId.toString();
    }
}
