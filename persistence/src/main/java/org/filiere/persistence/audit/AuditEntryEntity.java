package org.filiere.persistence.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Table {@code audit_entry}: one row per recorded domain event, written once, never changed. */
@Entity
@Table(name = "audit_entry")
public class AuditEntryEntity {

    @Id
    @Column(name = "id", length = 36, updatable = false)
    String id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    Instant occurredAt;

    @Column(name = "actor_id", length = 100, updatable = false)
    String actorId;

    @Column(name = "actor_roles", nullable = false, length = 100, updatable = false)
    String actorRoles;

    @Column(name = "event_type", nullable = false, length = 100, updatable = false)
    String eventType;

    @Column(name = "aggregate_id", nullable = false, length = 100, updatable = false)
    String aggregateId;

    @Column(name = "summary", nullable = false, length = 1000, updatable = false)
    String summary;
}
