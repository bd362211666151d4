package org.filiere.project;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.filiere.kernel.DomainEvent;
import org.filiere.member.MemberId;

/**
 * Event: the committee rejected a proposal.
 *
 * @param eventId         this occurrence
 * @param occurredAt      when it happened
 * @param projectId       the proposal
 * @param holder          the holder member
 * @param weightedAverage the committee's weighted average, out of 5
 * @param reasons         the decision's reasons
 */
public record ProposalRejected(UUID eventId, Instant occurredAt, ProjectId projectId, MemberId holder,
        BigDecimal weightedAverage, List<String> reasons) implements DomainEvent {

    @Override
    public String aggregateId() {
        return projectId.toString();
    }
}
