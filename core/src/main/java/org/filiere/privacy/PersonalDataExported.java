package org.filiere.privacy;

import java.time.Instant;
import java.util.UUID;

import org.filiere.kernel.DomainEvent;

/**
 * Staff read everything the library holds about a person.
 *
 * @param person  the person's reference ({@link PersonReference}), not their address
 * @param places  how many places held something about them
 * @param records how many records were exported
 */
public record PersonalDataExported(UUID eventId, Instant occurredAt, String person, int places, int records)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return person;
    }
}
