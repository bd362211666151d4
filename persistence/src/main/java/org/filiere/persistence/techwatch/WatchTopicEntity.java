package org.filiere.persistence.techwatch;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.filiere.persistence.StoredRecord;

/** Table {@code watch_topic}: a topic of the technology watch, unique by its name (case aside). */
@Entity
@Table(name = "watch_topic")
public class WatchTopicEntity implements StoredRecord {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "name", nullable = false)
    String name;

    @Column(name = "name_key", nullable = false)
    String nameKey;

    @Column(name = "topic_query", nullable = false, length = 2000)
    String query;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    @Override
    public String recordName() {
        return "watch topic \"" + name + "\"";
    }
}
