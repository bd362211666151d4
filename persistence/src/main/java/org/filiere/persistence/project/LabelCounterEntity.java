package org.filiere.persistence.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.filiere.persistence.StoredRecord;

/**
 * Table {@code label_counter}: the last label number given in a year. The row is locked while a label number is
 * taken, so that two committees deciding at the same moment never give the same number.
 */
@Entity
@Table(name = "label_counter")
public class LabelCounterEntity implements StoredRecord {

    @Id
    @Column(name = "label_year")
    int year;

    @Column(name = "last_sequence", nullable = false)
    int lastSequence;

    @Override
    public String recordName() {
        return "the label numbers of " + year;
    }
}
