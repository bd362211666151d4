package org.filiere.member;

import java.time.Instant;
import java.util.UUID;

import org.filiere.kernel.DomainEvent;

/**
 * Event: a member left the association.
 *
 * @param eventId    this occurrence
 * @param occurredAt when it happened
 * @param memberId   the member
 * @param year       the membership year concerned
 * @param reason     why, as the member gave it
 */
public record MemberResigned(UUID eventId, Instant occurredAt, MemberId memberId, int year, String reason) implements DomainEvent {

    @Override
    public String aggregateId() {
        return memberId.value();
    }
}
