package org.filiere.persistence.charter;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.filiere.persistence.StoredRecord;

/** Table {@code charter_signature}. */
@Entity
@Table(name = "charter_signature")
public class SignatureEntity implements StoredRecord {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "siren", nullable = false, length = 9)
    String siren;

    @Column(name = "charter_version", nullable = false)
    int charterVersion;

    @Column(name = "signatory", nullable = false)
    String signatory;

    @Column(name = "signatory_role")
    String signatoryRole;

    @Column(name = "signed_at", nullable = false)
    Instant signedAt;

    @Column(name = "certificate_code", nullable = false, length = 9)
    String certificateCode;

    @Column(name = "revoked_at")
    Instant revokedAt;

    @Column(name = "revoked_by")
    String revokedBy;

    @Column(name = "revocation_reason", length = 500)
    String revocationReason;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    @Override
    public String recordName() {
        return "charter signature of member " + siren + " on version " + charterVersion;
    }
}
