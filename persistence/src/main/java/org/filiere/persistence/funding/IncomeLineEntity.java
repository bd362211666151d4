package org.filiere.persistence.funding;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.filiere.persistence.StoredRecord;

/** Table {@code income_line}. */
@Entity
@Table(name = "income_line")
public class IncomeLineEntity implements StoredRecord {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "income_year", nullable = false)
    int year;

    @Column(name = "funder", nullable = false, length = 255)
    String funder;

    @Column(name = "agreement", length = 255)
    String agreement;

    @Column(name = "source", nullable = false, length = 20)
    String source;

    @Column(name = "amount", nullable = false, precision = 14, scale = 2)
    BigDecimal amount;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    @Override
    public String recordName() {
        return "income line of " + year + " from " + funder;
    }
}
