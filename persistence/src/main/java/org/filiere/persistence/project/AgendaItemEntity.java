package org.filiere.persistence.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Table {@code agenda_item}: a proposal on a session's agenda; its grid is in {@code agenda_criterion}. */
@Entity
@Table(name = "agenda_item")
public class AgendaItemEntity {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "session_id", nullable = false)
    CommitteeSessionEntity session;

    @Column(name = "project_id", nullable = false, length = 36)
    String projectId;

    @Column(name = "ordinal", nullable = false)
    int ordinal;

    @Column(name = "title", nullable = false)
    String title;
}
