package org.filiere.member;

import java.time.Instant;
import java.util.UUID;

import org.filiere.kernel.DomainEvent;

/**
 * Event: a company applied for membership for a year.
 *
 * @param eventId    this occurrence
 * @param occurredAt when it happened
 * @param memberId   the member
 * @param year       the membership year concerned
 * @param dues       the yearly dues asked
 */
public record MemberApplied(UUID eventId, Instant occurredAt, MemberId memberId, int year, Dues dues) implements DomainEvent {

    @Override
    public String aggregateId() {
        return memberId.value();
    }
}
