package org.filiere.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.filiere.access.ActorId;

/**
 * One line of the audit trail: who did what to which record, when. It holds no personal data: the person is known by
 * their id, the record by its id, and the summary only carries the event's ids, numbers, dates and states.
 *
 * @param id          the entry's id: the id of the domain event it records
 * @param occurredAt  when it happened
 * @param actor       who did it, if anyone was known to be acting (a scheduled job acts as a staff identity)
 * @param roles       the roles they acted with, as names separated by commas
 * @param eventType   what happened: the domain event's type ({@code MemberAdmitted}...)
 * @param aggregateId the record it happened to
 * @param summary     the event's other facts, without names, addresses or free text
 */
public record AuditEntry(UUID id, Instant occurredAt, Optional<ActorId> actor, String roles, String eventType,
        String aggregateId, String summary) {

    /** The most characters a summary keeps. */
    public static final int SUMMARY_LIMIT = 1000;

    public AuditEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(actor, "actor");
        roles = roles == null ? "" : roles;
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(aggregateId, "aggregateId");
        summary = summary == null ? "" : summary.length() > SUMMARY_LIMIT ? summary.substring(0, SUMMARY_LIMIT)
                : summary;
    }
}
