package org.filiere.persistence.funding;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.filiere.persistence.StoredRecord;

/** Table {@code expense_line}. */
@Entity
@Table(name = "expense_line")
public class ExpenseLineEntity implements StoredRecord {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "expense_year", nullable = false)
    int year;

    @Column(name = "activity", nullable = false, length = 20)
    String activity;

    @Column(name = "label", length = 255)
    String label;

    @Column(name = "amount", nullable = false, precision = 14, scale = 2)
    BigDecimal amount;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    @Override
    public String recordName() {
        return "expense line of " + year + " for " + activity.toLowerCase(java.util.Locale.ROOT);
    }
}
