package org.filiere.persistence.report;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.filiere.persistence.StoredRecord;

/** Table {@code indicator_target}. */
@Entity
@Table(name = "indicator_target")
public class IndicatorTargetEntity implements StoredRecord {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "funder", nullable = false, length = 255)
    String funder;

    @Column(name = "agreement", length = 255)
    String agreement;

    @Column(name = "figure_key", nullable = false, length = 120)
    String figureKey;

    @Column(name = "target_year", nullable = false)
    int year;

    @Column(name = "comparison", nullable = false, length = 10)
    String comparison;

    @Column(name = "threshold", nullable = false, precision = 14, scale = 2)
    BigDecimal threshold;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    @Override
    public String recordName() {
        return "target of " + funder + " on " + figureKey + " for " + year;
    }
}
