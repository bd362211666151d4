package org.filiere.watch;

import java.time.Instant;
import java.util.UUID;

import org.filiere.kernel.DomainEvent;
import org.filiere.member.MemberId;

/**
 * Event: a member's weekly digest was composed.
 *
 * @param eventId     this occurrence
 * @param occurredAt  when it happened
 * @param digestId    the digest
 * @param memberId    the member
 * @param week        the week it covers
 * @param tenderCount how many tenders it carries
 */
public record DigestComposed(UUID eventId, Instant occurredAt, DigestId digestId, MemberId memberId, WatchWeek week,
        int tenderCount) implements DomainEvent {

    @Override
    public String aggregateId() {
        return digestId.toString();
    }
}
