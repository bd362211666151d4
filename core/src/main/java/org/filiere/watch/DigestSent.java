package org.filiere.watch;

import java.time.Instant;
import java.util.UUID;

import org.filiere.kernel.DomainEvent;
import org.filiere.member.MemberId;

/**
 * Event: a member's weekly digest was sent.
 *
 * @param eventId    this occurrence
 * @param occurredAt when it happened
 * @param digestId   the digest
 * @param memberId   the member
 * @param week       the week it covers
 */
public record DigestSent(UUID eventId, Instant occurredAt, DigestId digestId, MemberId memberId, WatchWeek week)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return digestId.toString();
    }
}
