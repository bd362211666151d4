package org.filiere.member;

import java.time.Instant;
import java.util.UUID;

import org.filiere.kernel.DomainEvent;

/**
 * Event: a member renewed its membership for the next year.
 *
 * @param eventId    this occurrence
 * @param occurredAt when it happened
 * @param memberId   the member
 * @param year       the membership year concerned
 * @param dues       the dues for the new year
 */
public record MembershipRenewed(UUID eventId, Instant occurredAt, MemberId memberId, int year, Dues dues) implements DomainEvent {

    @Override
    public String aggregateId() {
        return memberId.value();
    }
}
