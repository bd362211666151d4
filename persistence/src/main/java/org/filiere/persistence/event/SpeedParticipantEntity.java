package org.filiere.persistence.event;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Table {@code speed_participant}: a person taking part in a speed-meeting, owned by its row. */
@Entity
@Table(name = "speed_participant")
public class SpeedParticipantEntity {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "event_id", nullable = false)
    SpeedMeetingEntity speedMeeting;

    @Column(name = "registration_id", nullable = false, length = 36)
    String registrationId;

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

    @Column(name = "member_rate", nullable = false)
    boolean member;

    @Column(name = "sector")
    String sector;

    @Column(name = "offer", length = 2000)
    String offer;

    @Column(name = "wants", length = 2000)
    String wants;

    @Column(name = "availability", length = 1000)
    String availability;

    @Column(name = "joined_at", nullable = false)
    Instant joinedAt;

    @Column(name = "left_at")
    Instant leftAt;
}
