package org.filiere.programme;

import java.time.Instant;
import java.util.UUID;

import org.filiere.kernel.DomainEvent;
import org.filiere.member.MemberId;

/**
 * Event: a member's enrollment in a partner programme was refused.
 *
 * @param eventId     this occurrence
 * @param occurredAt  when it happened
 * @param programmeId the programme
 * @param memberId    the member
 * @param refusal     the rule that refused it and why
 */
public record EnrollmentRefused(UUID eventId, Instant occurredAt, PartnerProgrammeId programmeId, MemberId memberId,
        EligibilityRefusal refusal) implements DomainEvent {

    @Override
    public String aggregateId() {
        return programmeId.toString();
    }
}
