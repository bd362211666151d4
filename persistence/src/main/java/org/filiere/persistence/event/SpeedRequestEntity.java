package org.filiere.persistence.event;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Table {@code speed_request}: a meeting request, and once accepted the meeting with its slot. */
@Entity
@Table(name = "speed_request")
public class SpeedRequestEntity {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "event_id", nullable = false)
    SpeedMeetingEntity speedMeeting;

    @Column(name = "from_participant", nullable = false, length = 36)
    String from;

    @Column(name = "to_participant", nullable = false, length = 36)
    String to;

    @Column(name = "message", length = 500)
    String message;

    @Column(name = "requested_at", nullable = false)
    Instant requestedAt;

    @Column(name = "expires_at")
    Instant expiresAt;

    @Column(name = "status", nullable = false, length = 10)
    String status;

    @Column(name = "accepted_by_default", nullable = false)
    boolean acceptedByDefault;

    @Column(name = "answered_at")
    Instant answeredAt;

    @Column(name = "round_no")
    Integer round;

    @Column(name = "table_no")
    Integer table;

    @Column(name = "locked", nullable = false)
    boolean locked;

    @Column(name = "sequence_number", nullable = false)
    int sequence;
}
