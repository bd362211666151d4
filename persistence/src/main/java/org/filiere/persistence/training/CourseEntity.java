package org.filiere.persistence.training;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.filiere.persistence.StoredRecord;

/** Table {@code training_course}: one row per course. */
@Entity
@Table(name = "training_course")
public class CourseEntity implements StoredRecord {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "title", nullable = false)
    String title;

    @Lob
    @Column(name = "objectives")
    String objectives;

    @Column(name = "duration_hours", precision = 6, scale = 1)
    BigDecimal hours;

    @Column(name = "formacode", length = 5)
    String formacode;

    @Column(name = "nsf_code", length = 4)
    String nsfCode;

    @Column(name = "provider_siret", length = 14)
    String providerSiret;

    @Column(name = "provider_name", nullable = false)
    String providerName;

    @Column(name = "ext_siret", length = 14)
    String externalSiret;

    @Column(name = "ext_id", length = 100)
    String externalId;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    @Override
    public String recordName() {
        return "course \"" + title + "\"";
    }
}
