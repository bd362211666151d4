package org.filiere.persistence.event;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Table {@code event_registration}: a person's registration for an event, owned by the event row. */
@Entity
@Table(name = "event_registration")
public class EventRegistrationEntity {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "event_id", nullable = false)
    EventEntity event;

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

    @Column(name = "member_rate", nullable = false)
    boolean memberRate;

    @Column(name = "status", nullable = false, length = 10)
    String status;

    @Column(name = "promoted_at")
    Instant promotedAt;

    @Column(name = "cancelled_at")
    Instant cancelledAt;

    @Column(name = "attendance", nullable = false, length = 12)
    String attendance;

    @Column(name = "checked_in_at")
    Instant checkedInAt;

    @Column(name = "feedback_score")
    Integer feedbackScore;

    @Column(name = "feedback_comment", length = 2000)
    String feedbackComment;
}
