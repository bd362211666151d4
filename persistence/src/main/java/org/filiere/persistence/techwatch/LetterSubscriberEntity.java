package org.filiere.persistence.techwatch;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.filiere.persistence.StoredRecord;

/** Table {@code letter_subscriber}: personal data, a subscriber with the date of their consent. */
@Entity
@Table(name = "letter_subscriber")
public class LetterSubscriberEntity implements StoredRecord {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "name")
    String name;

    @Column(name = "email", nullable = false)
    String email;

    @Column(name = "consented_at", nullable = false)
    Instant consentedAt;

    @Column(name = "withdrawn_at")
    Instant withdrawnAt;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    @Override
    public String recordName() {
        return "subscriber " + email;
    }
}
