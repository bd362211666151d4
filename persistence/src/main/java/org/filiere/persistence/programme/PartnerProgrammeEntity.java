package org.filiere.persistence.programme;

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

/**
 * Table {@code partner_programme}: its eligibility rules are stored in their text form; its enrollments are rows
 * it owns.
 */
@Entity
@Table(name = "partner_programme")
public class PartnerProgrammeEntity implements StoredRecord {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "partner_id", nullable = false, length = 36)
    String partnerId;

    @Column(name = "title", nullable = false)
    String title;

    @Column(name = "starts_on", nullable = false)
    LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    LocalDate endsOn;

    @Column(name = "places", nullable = false)
    int places;

    @Column(name = "eligibility", nullable = false, length = 2000)
    String eligibility;

    @OneToMany(mappedBy = "programme", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("appliedOn, siren")
    @BatchFetch(BatchFetchType.IN)
    List<EnrollmentEntity> enrollments = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    long version;

    @Override
    public String recordName() {
        return "partner programme \"" + title + "\"";
    }
}
