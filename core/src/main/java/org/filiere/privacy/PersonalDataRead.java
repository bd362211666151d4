package org.filiere.privacy;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.filiere.kernel.DomainEvent;

/**
 * Staff read personal data through an application service: what kind, of which record, and how many records came
 * back when that is known. It names the record by its id, or a person by their {@link PersonReference}, never by
 * name or address.
 *
 * @param record  the id of the record read (a session, a member, an event...), or a person's reference
 * @param kind    what was read
 * @param records how many records the read returned, when it returned a list
 */
public record PersonalDataRead(UUID eventId, Instant occurredAt, String record, PersonalDataKind kind,
        Optional<Integer> records) implements DomainEvent {

    public PersonalDataRead {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(records, "records");
    }

    @Override
    public String aggregateId() {
        return record;
    }
}
