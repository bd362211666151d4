package org.filiere.persistence.press;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.filiere.persistence.StoredRecord;

/** Table {@code press_release}. */
@Entity
@Table(name = "press_release")
public class PressReleaseEntity implements StoredRecord {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "title", nullable = false)
    String title;

    @Lob
    @Column(name = "body", nullable = false)
    String body;

    @Column(name = "list_id", nullable = false, length = 36)
    String listId;

    @Column(name = "status", nullable = false, length = 10)
    String status;

    @Column(name = "embargo_until")
    Instant embargo;

    @Column(name = "published_at")
    Instant publishedAt;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    @Override
    public String recordName() {
        return "press release \"" + title + "\"";
    }
}
