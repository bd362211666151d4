package org.filiere.persistence.techwatch;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.filiere.persistence.StoredRecord;

/**
 * Table {@code tech_item}: a news item, unique by feed and key; its topics are rows of {@code tech_item_topic}.
 * {@code item_date} is the date it is sorted by: its publication, else its reading.
 */
@Entity
@Table(name = "tech_item")
public class TechItemEntity implements StoredRecord {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "feed_id", nullable = false, length = 36)
    String feedId;

    @Column(name = "item_key", nullable = false, length = 1000)
    String key;

    @Column(name = "title", nullable = false, length = 500)
    String title;

    @Column(name = "link", length = 1000)
    String link;

    @Column(name = "summary", length = 4000)
    String summary;

    @Column(name = "published_at")
    Instant publishedAt;

    @Column(name = "received_at", nullable = false)
    Instant receivedAt;

    @Column(name = "item_date", nullable = false)
    Instant itemDate;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "tech_item_topic", joinColumns = @JoinColumn(name = "item_id"))
    @Column(name = "topic_id", length = 36)
    Set<String> topics = new HashSet<>();

    @Version
    @Column(name = "version", nullable = false)
    long version;

    @Override
    public String recordName() {
        return "news item \"" + title + "\"";
    }
}
