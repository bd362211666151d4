package org.filiere.persistence.press;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.filiere.persistence.StoredRecord;

/** Table {@code media_outlet}. */
@Entity
@Table(name = "media_outlet")
public class MediaOutletEntity implements StoredRecord {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "name", nullable = false)
    String name;

    @Column(name = "kind", nullable = false, length = 20)
    String kind;

    @Column(name = "website", length = 1000)
    String website;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    @Override
    public String recordName() {
        return "media outlet \"" + name + "\"";
    }
}
