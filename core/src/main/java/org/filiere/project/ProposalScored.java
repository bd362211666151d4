package org.filiere.project;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.filiere.kernel.DomainEvent;

/**
 * Event: a committee member scored a proposal on every criterion.
 *
 * @param eventId           this occurrence
 * @param occurredAt        when it happened
 * @param sessionId         the committee session
 * @param projectId         the proposal
 * @param committeeMemberId the scorer
 * @param weightedAverage   the scorer's weighted average, out of 5
 */
public record ProposalScored(UUID eventId, Instant occurredAt, CommitteeSessionId sessionId, ProjectId projectId,
        CommitteeMemberId committeeMemberId, BigDecimal weightedAverage) implements DomainEvent {

    @Override
    public String aggregateId() {
        return sessionId.toString();
    }
}
