package org.filiere.directory;

import java.time.Instant;
import java.util.UUID;

import org.filiere.kernel.DomainEvent;
import org.filiere.member.MemberId;

/**
 * Event: a member withdrew its consent and left the association's public directory.
 *
 * @param eventId    this occurrence
 * @param occurredAt when it happened
 * @param memberId   the member
 */
public record MemberWithdrawnFromDirectory(UUID eventId, Instant occurredAt, MemberId memberId)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return memberId.value();
    }
}
