package org.filiere.member;

import java.time.Instant;
import java.util.UUID;

import org.filiere.kernel.DomainEvent;

/**
 * Event: a member that did not renew by the grace date lapsed.
 *
 * @param eventId    this occurrence
 * @param occurredAt when it happened
 * @param memberId   the member
 * @param year       the membership year concerned
 */
public record MembershipLapsed(UUID eventId, Instant occurredAt, MemberId memberId, int year) implements DomainEvent {

    @Override
    public String aggregateId() {
        return memberId.value();
    }
}
