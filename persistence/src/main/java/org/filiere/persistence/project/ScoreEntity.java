package org.filiere.persistence.project;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * Table {@code score}: one committee member's score on one criterion of a proposal; the rows of a member and a
 * proposal make up their score sheet.
 */
@Entity
@Table(name = "score")
public class ScoreEntity {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "session_id", nullable = false)
    CommitteeSessionEntity session;

    @Column(name = "project_id", nullable = false, length = 36)
    String projectId;

    @Column(name = "committee_member_id", nullable = false, length = 36)
    String committeeMemberId;

    @Column(name = "scorer_name", nullable = false)
    String scorerName;

    @Column(name = "scored_at", nullable = false)
    Instant scoredAt;

    @Column(name = "ordinal", nullable = false)
    int ordinal;

    @Column(name = "criterion_key", nullable = false, length = 80)
    String criterion;

    @Column(name = "points", nullable = false)
    int points;

    @Column(name = "remark", length = 2000)
    String comment;
}
