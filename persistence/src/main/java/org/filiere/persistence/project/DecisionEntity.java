package org.filiere.persistence.project;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Table {@code committee_decision}: the committee's decision on a proposal, with its figures and reasons. */
@Entity
@Table(name = "committee_decision")
public class DecisionEntity {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "session_id", nullable = false)
    CommitteeSessionEntity session;

    @Column(name = "project_id", nullable = false, length = 36)
    String projectId;

    @Column(name = "outcome", nullable = false, length = 10)
    String outcome;

    @Column(name = "weighted_average", precision = 5, scale = 2)
    BigDecimal weightedAverage;

    @Column(name = "threshold", nullable = false, precision = 5, scale = 2)
    BigDecimal threshold;

    @Column(name = "tie_rule", nullable = false, length = 20)
    String tieRule;

    @Column(name = "tie", nullable = false)
    boolean tie;

    @Column(name = "scorers", nullable = false)
    int scorers;

    @Column(name = "recused", nullable = false)
    int recused;

    @Column(name = "quorum", nullable = false)
    int quorum;

    /** The reasons, one per line. */
    @Column(name = "reasons", nullable = false, length = 4000)
    String reasons;

    @Column(name = "decided_on", nullable = false)
    LocalDate decidedOn;

    @Column(name = "decided_by", nullable = false)
    String decidedBy;
}
