package org.filiere.programme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.filiere.kernel.DomainEvent;
import org.filiere.member.MemberId;

/**
 * Event: a member completed a partner programme.
 *
 * @param eventId     this occurrence
 * @param occurredAt  when it happened
 * @param programmeId the programme
 * @param memberId    the member
 * @param completedOn the day
 * @param outcome     the outcome notes
 */
public record EnrollmentCompleted(UUID eventId, Instant occurredAt, PartnerProgrammeId programmeId, MemberId memberId,
        LocalDate completedOn, String outcome) implements DomainEvent {

    @Override
    public String aggregateId() {
        return programmeId.toString();
    }
}
