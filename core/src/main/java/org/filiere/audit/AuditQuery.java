package org.filiere.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.filiere.access.ActorId;
import org.filiere.kernel.InvalidFieldException;

/**
 * Which audit entries to list: of one record, of one person's actions, in a period; newest first, at most
 * {@code limit}.
 *
 * @param aggregateId only entries about this record
 * @param actor       only what this person did
 * @param from        only entries that occurred at or after this instant
 * @param before      only entries that occurred before this instant
 * @param limit       the most entries listed
 */
public record AuditQuery(Optional<String> aggregateId, Optional<ActorId> actor, Optional<Instant> from,
        Optional<Instant> before, int limit) {

    /** The most entries one query lists. */
    public static final int MAX_LIMIT = 10_000;

    public AuditQuery {
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(before, "before");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidFieldException("An audit query", "limit", "must be 1 to " + MAX_LIMIT + ", not " + limit);
        }
    }

    /** The latest thousand entries. */
    public static AuditQuery latest() {
        return new AuditQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 1000);
    }

    public AuditQuery about(String aggregate) {
        return new AuditQuery(Optional.of(aggregate), actor, from, before, limit);
    }

    public AuditQuery by(ActorId person) {
        return new AuditQuery(aggregateId, Optional.of(person), from, before, limit);
    }

    public AuditQuery between(Instant start, Instant end) {
        return new AuditQuery(aggregateId, actor, Optional.of(start), Optional.of(end), limit);
    }

    public AuditQuery since(Instant start) {
        return new AuditQuery(aggregateId, actor, Optional.of(start), before, limit);
    }

    public AuditQuery limitedTo(int most) {
        return new AuditQuery(aggregateId, actor, from, before, most);
    }

    /** Whether the entry is one this query lists (for stores that filter in memory). */
    public boolean matches(AuditEntry entry) {
        return aggregateId.map(entry.aggregateId()::equals).orElse(true)
                && actor.map(a -> entry.actor().filter(a::equals).isPresent()).orElse(true)
                && from.map(f -> !entry.occurredAt().isBefore(f)).orElse(true)
                && before.map(entry.occurredAt()::isBefore).orElse(true);
    }
}
