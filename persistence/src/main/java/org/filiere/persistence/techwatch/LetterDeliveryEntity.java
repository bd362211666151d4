package org.filiere.persistence.techwatch;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.filiere.persistence.StoredRecord;

/** Table {@code letter_delivery}: the letter's outbox, one row per subscriber, written with the publication. */
@Entity
@Table(name = "letter_delivery")
public class LetterDeliveryEntity implements StoredRecord {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "letter_id", nullable = false, length = 36)
    String letterId;

    @Column(name = "subscriber_id", nullable = false, length = 36)
    String subscriberId;

    @Column(name = "status", nullable = false, length = 10)
    String status;

    @Column(name = "attempts", nullable = false)
    int attempts;

    @Column(name = "last_error", length = 2000)
    String lastError;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "sent_at")
    Instant sentAt;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    @Override
    public String recordName() {
        return "letter delivery " + id;
    }
}
