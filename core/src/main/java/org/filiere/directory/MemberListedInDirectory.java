package org.filiere.directory;

import java.time.Instant;
import java.util.UUID;

import org.filiere.kernel.DomainEvent;
import org.filiere.member.MemberId;

/**
 * Event: a member consented to be listed in the association's public directory.
 *
 * @param eventId     this occurrence
 * @param occurredAt  when it happened
 * @param memberId    the member
 * @param consentedAt the date of the consent
 */
public record MemberListedInDirectory(UUID eventId, Instant occurredAt, MemberId memberId, Instant consentedAt)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return memberId.value();
    }
}
