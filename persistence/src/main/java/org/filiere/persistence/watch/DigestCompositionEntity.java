package org.filiere.persistence.watch;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Table {@code digest_composition}: a single row, locked while digests are composed, so that two compositions
 * never interleave their inserts.
 */
@Entity
@Table(name = "digest_composition")
public class DigestCompositionEntity {

    static final int THE_LOCK = 1;

    @Id
    @Column(name = "id")
    int id = THE_LOCK;
}
