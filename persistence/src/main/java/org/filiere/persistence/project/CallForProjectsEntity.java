package org.filiere.persistence.project;

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

/** Table {@code call_for_projects}; its evaluation criteria are rows it owns. */
@Entity
@Table(name = "call_for_projects")
public class CallForProjectsEntity implements StoredRecord {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "title", nullable = false)
    String title;

    @Column(name = "funder", nullable = false)
    String funder;

    @Column(name = "opens_on", nullable = false)
    LocalDate opensOn;

    @Column(name = "closes_on", nullable = false)
    LocalDate closesOn;

    @OneToMany(mappedBy = "call", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("ordinal")
    @BatchFetch(BatchFetchType.IN)
    List<CallCriterionEntity> criteria = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    long version;

    @Override
    public String recordName() {
        return "call for projects \"" + title + "\"";
    }
}
