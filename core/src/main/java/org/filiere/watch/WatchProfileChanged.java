package org.filiere.watch;

import java.time.Instant;
import java.util.UUID;

import org.filiere.kernel.DomainEvent;
import org.filiere.member.MemberId;

/**
 * Event: a member's watch profile was defined or changed.
 *
 * @param eventId    this occurrence
 * @param occurredAt when it happened
 * @param memberId   the member
 * @param active     whether the profile is now active
 */
public record WatchProfileChanged(UUID eventId, Instant occurredAt, MemberId memberId, boolean active)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return memberId.value();
    }
}
