package org.filiere.project;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.filiere.kernel.DomainEvent;
import org.filiere.member.MemberId;

/**
 * Event: a holder submitted a project proposal.
 *
 * @param eventId     this occurrence
 * @param occurredAt  when it happened
 * @param projectId   the project
 * @param holder      the holder member
 * @param title       the proposal's title
 * @param call        the call for projects it answers, if any
 * @param submittedOn the day of submission
 */
public record ProposalSubmitted(UUID eventId, Instant occurredAt, ProjectId projectId, MemberId holder, String title,
        Optional<CallForProjectsId> call, LocalDate submittedOn) implements DomainEvent {

    @Override
    public String aggregateId() {
        return projectId.toString();
    }
}
