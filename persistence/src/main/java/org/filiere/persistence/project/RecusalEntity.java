package org.filiere.persistence.project;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Table {@code recusal}: a committee member recused from a proposal at a session, and why. */
@Entity
@Table(name = "recusal")
public class RecusalEntity {

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

    @Column(name = "member_name", nullable = false)
    String name;

    @Column(name = "reason", nullable = false, length = 4000)
    String reason;

    @Column(name = "recorded_at", nullable = false)
    Instant recordedAt;
}
