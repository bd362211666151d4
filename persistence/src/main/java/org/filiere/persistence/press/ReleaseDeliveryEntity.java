package org.filiere.persistence.press;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.filiere.persistence.StoredRecord;

/** Table {@code release_delivery}: a release's outbox, one row per journalist, written with the publication. */
@Entity
@Table(name = "release_delivery")
public class ReleaseDeliveryEntity implements StoredRecord {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "release_id", nullable = false, length = 36)
    String releaseId;

    @Column(name = "journalist_id", nullable = false, length = 36)
    String journalistId;

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
        return "press release delivery " + id;
    }
}
