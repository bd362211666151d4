package org.filiere.project;

import java.time.Instant;
import java.util.UUID;

import org.filiere.kernel.DomainEvent;

/**
 * Event: a committee member was recused from a proposal and will not score it.
 *
 * @param eventId           this occurrence
 * @param occurredAt        when it happened
 * @param sessionId         the committee session
 * @param projectId         the proposal
 * @param committeeMemberId the committee member
 * @param name              the committee member's name
 * @param reason            why, in words
 */
public record CommitteeMemberRecused(UUID eventId, Instant occurredAt, CommitteeSessionId sessionId,
        ProjectId projectId, CommitteeMemberId committeeMemberId, String name, String reason) implements DomainEvent {

    @Override
    public String aggregateId() {
        return sessionId.toString();
    }
}
