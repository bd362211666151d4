package org.filiere.persistence.project;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Table {@code project_milestone}: a milestone, owned by the project's row. */
@Entity
@Table(name = "project_milestone")
public class ProjectMilestoneEntity {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "project_id", nullable = false)
    ProjectEntity project;

    @Column(name = "title", nullable = false)
    String title;

    @Column(name = "due_on", nullable = false)
    LocalDate dueOn;

    @Column(name = "reached_on")
    LocalDate reachedOn;
}
