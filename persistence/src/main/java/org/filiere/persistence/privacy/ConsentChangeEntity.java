package org.filiere.persistence.privacy;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Table {@code consent_change}: one giving or withdrawal of a consent, written once; only an erasure changes its
 * holder.
 */
@Entity
@Table(name = "consent_change")
public class ConsentChangeEntity {

    @Id
    @Column(name = "id", length = 36, updatable = false)
    String id;

    @Column(name = "purpose", nullable = false, length = 30, updatable = false)
    String purpose;

    @Column(name = "holder", nullable = false, length = 255)
    String holder;

    @Column(name = "given", nullable = false, updatable = false)
    boolean given;

    @Column(name = "changed_at", nullable = false, updatable = false)
    Instant changedAt;

    @Column(name = "actor_id", length = 100, updatable = false)
    String actorId;

    @Column(name = "means", nullable = false, length = 30, updatable = false)
    String means;
}
