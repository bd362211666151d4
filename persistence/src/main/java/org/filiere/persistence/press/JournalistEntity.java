package org.filiere.persistence.press;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.filiere.persistence.StoredRecord;

/** Table {@code journalist}: personal data, erased row by row on request. */
@Entity
@Table(name = "journalist")
public class JournalistEntity implements StoredRecord {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "outlet_id", nullable = false, length = 36)
    String outletId;

    @Column(name = "name", nullable = false)
    String name;

    @Column(name = "email", nullable = false)
    String email;

    @Column(name = "phone", length = 40)
    String phone;

    @Column(name = "beat")
    String beat;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    @Override
    public String recordName() {
        return "journalist " + name;
    }
}
