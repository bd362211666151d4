package org.filiere.persistence.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Table {@code agenda_criterion}: a criterion of the grid an agenda item is scored on, kept as it was listed. */
@Entity
@Table(name = "agenda_criterion")
public class AgendaCriterionEntity {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "session_id", nullable = false)
    CommitteeSessionEntity session;

    @Column(name = "project_id", nullable = false, length = 36)
    String projectId;

    @Column(name = "ordinal", nullable = false)
    int ordinal;

    @Column(name = "criterion_key", nullable = false, length = 80)
    String key;

    @Column(name = "label", nullable = false)
    String label;

    @Column(name = "weight", nullable = false)
    int weight;
}
