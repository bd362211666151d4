package org.filiere.persistence.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.filiere.persistence.StoredRecord;

/** Table {@code partner_organisation}. */
@Entity
@Table(name = "partner_organisation")
public class PartnerOrganisationEntity implements StoredRecord {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "name", nullable = false)
    String name;

    @Column(name = "partner_type", nullable = false, length = 30)
    String type;

    @Column(name = "contact_name", nullable = false)
    String contactName;

    @Column(name = "contact_email")
    String contactEmail;

    @Column(name = "contact_phone", length = 40)
    String contactPhone;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    @Override
    public String recordName() {
        return "partner organisation " + name;
    }
}
