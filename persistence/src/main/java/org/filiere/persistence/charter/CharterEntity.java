package org.filiere.persistence.charter;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.filiere.persistence.StoredRecord;

/** Table {@code charter}: a single row whose version guards the publication of new charter versions. */
@Entity
@Table(name = "charter")
public class CharterEntity implements StoredRecord {

    static final int THE_CHARTER = 1;

    @Id
    @Column(name = "id")
    int id = THE_CHARTER;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    @Override
    public String recordName() {
        return "the charter";
    }
}
