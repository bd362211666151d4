package org.filiere.persistence.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Table {@code call_criterion}: a weighted criterion of a call for projects, owned by the call's row. */
@Entity
@Table(name = "call_criterion")
public class CallCriterionEntity {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "call_id", nullable = false)
    CallForProjectsEntity call;

    @Column(name = "ordinal", nullable = false)
    int ordinal;

    @Column(name = "criterion_key", nullable = false, length = 80)
    String key;

    @Column(name = "label", nullable = false)
    String label;

    @Column(name = "weight", nullable = false)
    int weight;
}
