package org.filiere.persistence.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Table {@code project_partner}: a partner member of a project, owned by the project's row. */
@Entity
@Table(name = "project_partner")
public class ProjectPartnerEntity {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "project_id", nullable = false)
    ProjectEntity project;

    @Column(name = "siren", nullable = false, length = 9)
    String siren;
}
