package org.filiere.persistence.techwatch;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.filiere.persistence.StoredRecord;

/** Table {@code tech_feed}: a news feed the association follows. */
@Entity
@Table(name = "tech_feed")
public class TechFeedEntity implements StoredRecord {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "name", nullable = false)
    String name;

    @Column(name = "url", nullable = false, length = 1000)
    String url;

    @Column(name = "active", nullable = false)
    boolean active;

    @Column(name = "added_at", nullable = false)
    Instant addedAt;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    @Override
    public String recordName() {
        return "news feed \"" + name + "\"";
    }
}
