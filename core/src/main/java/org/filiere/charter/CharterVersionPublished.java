package org.filiere.charter;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.filiere.kernel.DomainEvent;

/**
 * Event: a new version of the charter was published.
 *
 * @param eventId        this occurrence
 * @param occurredAt     when it happened
 * @param charterVersion the new version's number
 * @param title          its title
 * @param effectiveFrom  the day it comes into force
 */
public record CharterVersionPublished(UUID eventId, Instant occurredAt, int charterVersion, String title,
        LocalDate effectiveFrom) implements DomainEvent {

    @Override
    public String aggregateId() {
        return "charter";
    }
}
