package org.filiere.persistence.techwatch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.filiere.persistence.StoredRecord;

/** Table {@code tech_letter}: a technology letter; its items, in order, are rows of {@code tech_letter_entry}. */
@Entity
@Table(name = "tech_letter")
public class TechLetterEntity implements StoredRecord {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "title", nullable = false)
    String title;

    @Column(name = "week_year", nullable = false)
    int weekYear;

    @Column(name = "week_number", nullable = false)
    int weekNumber;

    @Column(name = "published_at")
    Instant publishedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "tech_letter_entry", joinColumns = @JoinColumn(name = "letter_id"))
    @OrderBy("position")
    List<LetterEntryRow> entries = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    long version;

    @Override
    public String recordName() {
        return "technology letter \"" + title + "\"";
    }
}
