package org.filiere.persistence.press;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.filiere.persistence.StoredRecord;

/** Table {@code press_coverage}: the coverage log; {@code appeared_year} serves the yearly figures. */
@Entity
@Table(name = "press_coverage")
public class CoverageEntity implements StoredRecord {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "outlet_id", nullable = false, length = 36)
    String outletId;

    @Column(name = "appeared_on", nullable = false)
    LocalDate appearedOn;

    @Column(name = "appeared_year", nullable = false)
    int year;

    @Column(name = "headline", nullable = false)
    String headline;

    @Column(name = "url", length = 1000)
    String url;

    @Column(name = "reach", nullable = false)
    long reach;

    @Column(name = "tone", nullable = false, length = 10)
    String tone;

    @Column(name = "release_id", length = 36)
    String releaseId;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    @Override
    public String recordName() {
        return "press coverage \"" + headline + "\"";
    }
}
