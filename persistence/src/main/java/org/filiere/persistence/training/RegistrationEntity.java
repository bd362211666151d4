package org.filiere.persistence.training;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Table {@code training_registration}: a person's registration for a session, owned by the session row. */
@Entity
@Table(name = "training_registration")
public class RegistrationEntity {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "session_id", length = 36, insertable = false, updatable = false)
    String sessionId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "session_id", nullable = false)
    SessionEntity session;

    @Column(name = "arrival", nullable = false)
    int arrival;

    @Column(name = "person_name", nullable = false)
    String name;

    @Column(name = "email", nullable = false)
    String email;

    @Column(name = "organisation")
    String organisation;

    @Column(name = "employer_siren", length = 9)
    String employerSiren;

    @Column(name = "contact_id", length = 36)
    String contactId;

    @Column(name = "registered_at", nullable = false)
    Instant registeredAt;

    @Column(name = "price", nullable = false, precision = 10, scale = 2)
    BigDecimal price;

    @Column(name = "status", nullable = false, length = 10)
    String status;

    @Column(name = "promoted_at")
    Instant promotedAt;

    @Column(name = "cancelled_at")
    Instant cancelledAt;

    @Column(name = "attendance", nullable = false, length = 12)
    String attendance;

    @Column(name = "satisfaction_score")
    Integer satisfactionScore;

    @Column(name = "satisfaction_comment", length = 2000)
    String satisfactionComment;
}
