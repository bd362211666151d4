package org.filiere.persistence.directory;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.filiere.persistence.StoredRecord;

/** Table {@code partner_person}: personal data from partners' contact cards, unique by source and card id. */
@Entity
@Table(name = "partner_person")
public class PartnerPersonEntity implements StoredRecord {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "source", nullable = false, length = 60)
    String source;

    @Column(name = "external_id", nullable = false)
    String externalId;

    @Column(name = "name", nullable = false)
    String name;

    @Column(name = "organisation")
    String organisation;

    @Column(name = "job_role")
    String role;

    @Column(name = "email")
    String email;

    @Column(name = "phone", length = 40)
    String phone;

    @Column(name = "first_seen_at", nullable = false)
    Instant firstSeenAt;

    @Column(name = "changed_at", nullable = false)
    Instant changedAt;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    @Override
    public String recordName() {
        return "partner contact " + name;
    }
}
