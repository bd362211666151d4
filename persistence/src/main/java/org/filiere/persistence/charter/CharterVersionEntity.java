package org.filiere.persistence.charter;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** Table {@code charter_version}: the published versions; rows are never changed. */
@Entity
@Table(name = "charter_version")
public class CharterVersionEntity {

    @Id
    @Column(name = "number")
    int number;

    @Column(name = "title", nullable = false)
    String title;

    @Lob
    @Column(name = "body", nullable = false)
    String text;

    @Column(name = "effective_from", nullable = false)
    LocalDate effectiveFrom;

    @Column(name = "published_at", nullable = false)
    Instant publishedAt;

    @Column(name = "published_by")
    String publishedBy;
}
