package org.filiere.persistence.project;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Table {@code project_note}: a follow-up note, owned by the project's row; notes are only ever added. */
@Entity
@Table(name = "project_note")
public class ProjectNoteEntity {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "project_id", nullable = false)
    ProjectEntity project;

    @Column(name = "ordinal", nullable = false)
    int ordinal;

    @Column(name = "written_at", nullable = false)
    Instant writtenAt;

    @Column(name = "author", nullable = false)
    String author;

    @Column(name = "body", nullable = false, length = 4000)
    String text;
}
