package org.filiere.persistence.directory;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.filiere.persistence.StoredRecord;

/** Table {@code partner_listing}: an organisation from a partner's directory, unique by source and id. */
@Entity
@Table(name = "partner_listing")
public class PartnerListingEntity implements StoredRecord {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "source", nullable = false, length = 60)
    String source;

    @Column(name = "external_id", nullable = false)
    String externalId;

    @Column(name = "name", nullable = false)
    String name;

    @Column(name = "siret", length = 14)
    String siret;

    @Column(name = "naf_code", length = 6)
    String nafCode;

    @Column(name = "street")
    String street;

    @Column(name = "postcode", length = 20)
    String postcode;

    @Column(name = "locality")
    String locality;

    @Column(name = "country", length = 100)
    String country;

    @Column(name = "offer", length = 4000)
    String offer;

    @Column(name = "website", length = 1000)
    String website;

    @Column(name = "email")
    String email;

    @Column(name = "telephone", length = 40)
    String telephone;

    @Column(name = "first_seen_at", nullable = false)
    Instant firstSeenAt;

    @Column(name = "changed_at", nullable = false)
    Instant changedAt;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    @Override
    public String recordName() {
        return "partner listing " + externalId + " of " + source;
    }
}
