package org.filiere.persistence.directory;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.filiere.persistence.StoredRecord;

/** Table {@code partner_event}: an event a partner announced, unique by source and id. */
@Entity
@Table(name = "partner_event")
public class PartnerEventEntity implements StoredRecord {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "source", nullable = false, length = 60)
    String source;

    @Column(name = "external_id", nullable = false)
    String externalId;

    @Column(name = "title", nullable = false)
    String title;

    @Column(name = "description", length = 4000)
    String description;

    @Column(name = "starts_at", nullable = false)
    Instant startsAt;

    @Column(name = "ends_at")
    Instant endsAt;

    @Column(name = "place")
    String place;

    @Column(name = "street")
    String street;

    @Column(name = "postcode", length = 20)
    String postcode;

    @Column(name = "locality")
    String locality;

    @Column(name = "country", length = 100)
    String country;

    @Column(name = "url", length = 1000)
    String url;

    @Column(name = "organiser")
    String organiser;

    @Column(name = "first_seen_at", nullable = false)
    Instant firstSeenAt;

    @Column(name = "changed_at", nullable = false)
    Instant changedAt;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    @Override
    public String recordName() {
        return "partner event " + externalId + " of " + source;
    }
}
