package org.filiere.persistence.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Table {@code session_seat}: a committee member on a session's panel. */
@Entity
@Table(name = "session_seat")
public class SessionSeatEntity {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "session_id", nullable = false)
    CommitteeSessionEntity session;

    @Column(name = "committee_member_id", nullable = false, length = 36)
    String committeeMemberId;

    @Column(name = "ordinal", nullable = false)
    int ordinal;
}
