package org.filiere.persistence.programme;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.filiere.persistence.StoredRecord;

/** Table {@code cooperation_agreement}. */
@Entity
@Table(name = "cooperation_agreement")
public class CooperationAgreementEntity implements StoredRecord {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "partner_id", nullable = false, length = 36)
    String partnerId;

    @Column(name = "subject", nullable = false, length = 2000)
    String subject;

    @Column(name = "starts_on", nullable = false)
    LocalDate startsOn;

    @Column(name = "ends_on")
    LocalDate endsOn;

    @Column(name = "status", nullable = false, length = 12)
    String status;

    @Column(name = "signed_on")
    LocalDate signedOn;

    @Column(name = "terminated_on")
    LocalDate terminatedOn;

    @Column(name = "termination_reason", length = 2000)
    String terminationReason;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    @Override
    public String recordName() {
        return "cooperation agreement \"" + subject + "\"";
    }
}
