package org.filiere.persistence.event;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.filiere.persistence.StoredRecord;

/**
 * Table {@code speed_meeting}: the layout and mode of a speed-meeting event; its participants and requests are rows
 * of their own tables.
 */
@Entity
@Table(name = "speed_meeting")
public class SpeedMeetingEntity implements StoredRecord {

    @Id
    @Column(name = "event_id", length = 36)
    String eventId;

    @Column(name = "first_round", nullable = false)
    LocalDateTime firstRound;

    @Column(name = "rounds", nullable = false)
    int rounds;

    @Column(name = "round_minutes", nullable = false)
    int roundMinutes;

    @Column(name = "changeover_minutes", nullable = false)
    int changeoverMinutes;

    @Column(name = "break_every", nullable = false)
    int breakEvery;

    @Column(name = "break_minutes", nullable = false)
    int breakMinutes;

    @Column(name = "tables", nullable = false)
    int tables;

    @Column(name = "opt_out", nullable = false)
    boolean optOut;

    @Column(name = "published_at")
    Instant publishedAt;

    @OneToMany(mappedBy = "speedMeeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("joinedAt, id")
    @BatchFetch(BatchFetchType.IN)
    List<SpeedParticipantEntity> participants = new ArrayList<>();

    @OneToMany(mappedBy = "speedMeeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("requestedAt, id")
    @BatchFetch(BatchFetchType.IN)
    List<SpeedRequestEntity> requests = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    long version;

    @Override
    public String recordName() {
        return "speed-meeting of event " + eventId;
    }
}
