package org.filiere.project;

import java.time.Instant;
import java.util.Objects;

/**
 * The record that a committee member does not take part in the evaluation of a proposal.
 *
 * @param projectId         the proposal
 * @param committeeMemberId the committee member
 * @param name              the committee member's name
 * @param reason            why
 * @param recordedAt        when the recusal was recorded
 */
public record Recusal(ProjectId projectId, CommitteeMemberId committeeMemberId, String name, String reason,
        Instant recordedAt) {

    public Recusal {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(committeeMemberId, "committeeMemberId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
