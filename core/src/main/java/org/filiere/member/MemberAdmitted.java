package org.filiere.member;

import java.time.Instant;
import java.util.UUID;

import org.filiere.kernel.DomainEvent;

/**
 * Event: staff admitted a member for a year.
 *
 * @param eventId    this occurrence
 * @param occurredAt when it happened
 * @param memberId   the member
 * @param year       the membership year concerned
 */
public record MemberAdmitted(UUID eventId, Instant occurredAt, MemberId memberId, int year) implements DomainEvent {

    @Override
    public String aggregateId() {
        return memberId.value();
    }
}
