package org.filiere.programme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.filiere.kernel.DomainEvent;
import org.filiere.member.MemberId;

/**
 * Event: a member applied to a partner programme and meets its eligibility rules.
 *
 * @param eventId     this occurrence
 * @param occurredAt  when it happened
 * @param programmeId the programme
 * @param memberId    the member
 * @param appliedOn   the day of the application
 */
public record EnrollmentApplied(UUID eventId, Instant occurredAt, PartnerProgrammeId programmeId, MemberId memberId,
        LocalDate appliedOn) implements DomainEvent {

    @Override
    public String aggregateId() {
        return programmeId.toString();
    }
}
