package org.filiere.kernel;

import java.time.Instant;
import java.util.UUID;

/**
 * Something that happened in the association, named in the past tense ({@code MemberAdmitted},
 * {@code CharterSigned}). Aggregates return events; application services publish them.
 */
public interface DomainEvent {

    /** A unique id of this occurrence, so that a consumer can recognise an event it has already handled. */
    UUID eventId();

    /** When it happened. */
    Instant occurredAt();

    /** The id of the aggregate it happened to, in its text form. */
    String aggregateId();
}
