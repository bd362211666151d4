package org.filiere.persistence.training;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Table {@code training_speaker}: a session's speakers in the order announced, owned by the session row. */
@Entity
@Table(name = "training_speaker")
@IdClass(SpeakerEntity.Key.class)
public class SpeakerEntity {

    @Id
    @Column(name = "session_id", length = 36, insertable = false, updatable = false)
    String sessionId;

    @Id
    @Column(name = "speaker_order")
    int position;

    @ManyToOne(optional = false)
    @JoinColumn(name = "session_id", nullable = false)
    SessionEntity session;

    @Column(name = "speaker_id", length = 44)
    String speakerId;

    @Column(name = "name", nullable = false)
    String name;

    @Column(name = "organisation")
    String organisation;

    @Column(name = "bio", length = 2000)
    String bio;

    @Column(name = "employer_siren", length = 9)
    String employerSiren;

    /** The primary key: session and position. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        String sessionId;
        int position;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.position == position && Objects.equals(k.sessionId, sessionId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(sessionId, position);
        }
    }
}
