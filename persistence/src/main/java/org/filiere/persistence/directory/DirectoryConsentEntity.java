package org.filiere.persistence.directory;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.filiere.persistence.StoredRecord;

/** Table {@code directory_consent}: a member's consent to the public directory, kept when withdrawn. */
@Entity
@Table(name = "directory_consent")
public class DirectoryConsentEntity implements StoredRecord {

    @Id
    @Column(name = "siren", length = 9)
    String siren;

    @Column(name = "offer", length = 4000)
    String offer;

    @Column(name = "consented_at", nullable = false)
    Instant consentedAt;

    @Column(name = "recorded_by", nullable = false)
    String recordedBy;

    @Column(name = "withdrawn_at")
    Instant withdrawnAt;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    @Override
    public String recordName() {
        return "directory consent of member " + siren;
    }
}
