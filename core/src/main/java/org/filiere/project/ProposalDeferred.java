package org.filiere.project;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.filiere.kernel.DomainEvent;
import org.filiere.member.MemberId;

/**
 * Event: the committee deferred its decision on a proposal to a later session.
 *
 * @param eventId    this occurrence
 * @param occurredAt when it happened
 * @param projectId  the proposal
 * @param holder     the holder member
 * @param reasons    the decision's reasons
 */
public record ProposalDeferred(UUID eventId, Instant occurredAt, ProjectId projectId, MemberId holder,
        List<String> reasons) implements DomainEvent {

    @Override
    public String aggregateId() {
        return projectId.toString();
    }
}
