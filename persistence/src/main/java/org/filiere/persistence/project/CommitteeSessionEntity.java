package org.filiere.persistence.project;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.filiere.persistence.StoredRecord;

/**
 * Table {@code committee_session}: one row per session; its panel, agenda, recusals, scores and decisions are rows
 * it owns.
 */
@Entity
@Table(name = "committee_session")
public class CommitteeSessionEntity implements StoredRecord {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "held_on", nullable = false)
    LocalDate heldOn;

    @Column(name = "place")
    String place;

    @OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("ordinal")
    @BatchFetch(BatchFetchType.IN)
    List<SessionSeatEntity> seats = new ArrayList<>();

    @OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("ordinal")
    @BatchFetch(BatchFetchType.IN)
    List<AgendaItemEntity> agenda = new ArrayList<>();

    @OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("projectId, ordinal")
    @BatchFetch(BatchFetchType.IN)
    List<AgendaCriterionEntity> criteria = new ArrayList<>();

    @OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("recordedAt, id")
    @BatchFetch(BatchFetchType.IN)
    List<RecusalEntity> recusals = new ArrayList<>();

    @OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("scoredAt, committeeMemberId, ordinal")
    @BatchFetch(BatchFetchType.IN)
    List<ScoreEntity> scores = new ArrayList<>();

    @OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("decidedOn, id")
    @BatchFetch(BatchFetchType.IN)
    List<DecisionEntity> decisions = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    long version;

    @Override
    public String recordName() {
        return "committee session of " + heldOn;
    }
}
