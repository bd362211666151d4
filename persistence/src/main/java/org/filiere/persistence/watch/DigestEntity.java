package org.filiere.persistence.watch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.filiere.persistence.StoredRecord;

/**
 * Table {@code digest}: a member's weekly digest. The recipients it went to are kept as written, one address a
 * line; its tenders are entry rows it owns.
 */
@Entity
@Table(name = "digest")
public class DigestEntity implements StoredRecord {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "siren", nullable = false, length = 9)
    String siren;

    @Column(name = "week_year", nullable = false)
    int weekYear;

    @Column(name = "week_number", nullable = false)
    int weekNumber;

    @Column(name = "recipients", nullable = false, length = 2000)
    String recipients;

    @Column(name = "composed_at", nullable = false)
    Instant composedAt;

    @Column(name = "sent_at")
    Instant sentAt;

    @OneToMany(mappedBy = "digest", cascade = CascadeType.ALL, orphanRemoval = true)
    @BatchFetch(BatchFetchType.IN)
    List<DigestEntryEntity> entries = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    long version;

    @Override
    public String recordName() {
        return "digest of member " + siren + " for " + weekYear + "-W" + (weekNumber < 10 ? "0" : "") + weekNumber;
    }
}
