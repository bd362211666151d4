package org.filiere.persistence.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.filiere.persistence.StoredRecord;

/** Table {@code project}: one row per project; its partners, notes and milestones are rows it owns. */
@Entity
@Table(name = "project")
public class ProjectEntity implements StoredRecord {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "holder_siren", nullable = false, length = 9)
    String holderSiren;

    @Column(name = "title", nullable = false)
    String title;

    @Column(name = "summary", length = 4000)
    String summary;

    @Column(name = "budget", nullable = false, precision = 14, scale = 2)
    BigDecimal budget;

    @Column(name = "requested_support", nullable = false, precision = 14, scale = 2)
    BigDecimal requestedSupport;

    @Column(name = "call_id", length = 36)
    String callId;

    @Column(name = "project_state", nullable = false, length = 20)
    String state;

    @Column(name = "submitted_on")
    LocalDate submittedOn;

    @Column(name = "label_year")
    Integer labelYear;

    @Column(name = "label_sequence")
    Integer labelSequence;

    @Column(name = "labelled_on")
    LocalDate labelledOn;

    @Column(name = "officer")
    String officer;

    @Column(name = "experimentation_site")
    String experimentationSite;

    @Column(name = "experimentation_from")
    LocalDate experimentationFrom;

    @Column(name = "experimentation_to")
    LocalDate experimentationTo;

    @Column(name = "prototyping_from")
    LocalDate prototypingFrom;

    @Column(name = "closed_on")
    LocalDate closedOn;

    @Column(name = "closing_note", length = 4000)
    String closingNote;

    @OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("siren")
    @BatchFetch(BatchFetchType.IN)
    List<ProjectPartnerEntity> partners = new ArrayList<>();

    @OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("ordinal")
    @BatchFetch(BatchFetchType.IN)
    List<ProjectNoteEntity> notes = new ArrayList<>();

    @OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("dueOn")
    @BatchFetch(BatchFetchType.IN)
    List<ProjectMilestoneEntity> milestones = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    long version;

    @Override
    public String recordName() {
        return "project \"" + title + "\"";
    }
}
