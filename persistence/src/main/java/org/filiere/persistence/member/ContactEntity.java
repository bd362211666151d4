package org.filiere.persistence.member;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.filiere.persistence.StoredRecord;

/** Table {@code contact_person}: personal data, apart from the member row so that it can be erased alone. */
@Entity
@Table(name = "contact_person")
public class ContactEntity implements StoredRecord {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "siren", nullable = false, length = 9)
    String siren;

    @Column(name = "name", nullable = false)
    String name;

    @Column(name = "job_role")
    String role;

    @Column(name = "email")
    String email;

    @Column(name = "phone", length = 40)
    String phone;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    @Override
    public String recordName() {
        return "contact person " + name;
    }
}
