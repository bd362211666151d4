package org.filiere.training;

import java.time.Instant;

import java.util.UUID;

import org.filiere.kernel.DomainEvent;

/**
 * Event: the attendance of a session was recorded (the session counts as held from then on).
 *
 * @param eventId    this occurrence
 * @param occurredAt when it happened
 * @param sessionId  the session
 * @param present    how many confirmed participants came
 * @param absent     how many did not
 * @param firstRecord whether the session became held with this record (rather than being corrected)
 */
public record AttendanceRecorded(UUID eventId, Instant occurredAt, SessionId sessionId,
        int present, int absent, boolean firstRecord) implements DomainEvent {

    @Override
    public String aggregateId() {
        return sessionId.toString();
    }
}
