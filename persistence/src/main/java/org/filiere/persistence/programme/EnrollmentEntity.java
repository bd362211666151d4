package org.filiere.persistence.programme;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Table {@code enrollment}: a member's enrollment in a programme, owned by the programme's row. */
@Entity
@Table(name = "enrollment")
public class EnrollmentEntity {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "programme_id", nullable = false)
    PartnerProgrammeEntity programme;

    @Column(name = "siren", nullable = false, length = 9)
    String siren;

    @Column(name = "member_name", nullable = false)
    String memberName;

    @Column(name = "status", nullable = false, length = 10)
    String status;

    @Column(name = "applied_on", nullable = false)
    LocalDate appliedOn;

    @Column(name = "decided_on")
    LocalDate decidedOn;

    @Column(name = "refused_by", length = 4000)
    String refusedBy;

    @Column(name = "refusal_reason", length = 4000)
    String refusalReason;

    @Column(name = "outcome", length = 4000)
    String outcome;
}
