package org.filiere.training;

import java.time.Instant;

import java.util.UUID;

import org.filiere.kernel.DomainEvent;

/**
 * Event: staff scheduled a session of a course (it starts as a draft, or open when it comes from a provider's
 * catalogue).
 *
 * @param eventId    this occurrence
 * @param occurredAt when it happened
 * @param sessionId  the session
 * @param courseId   the course
 * @param schedule   when it takes place
 * @param capacity   how many seats it has
 */
public record SessionScheduled(UUID eventId, Instant occurredAt, SessionId sessionId,
        CourseId courseId, Schedule schedule, int capacity) implements DomainEvent {

    @Override
    public String aggregateId() {
        return sessionId.toString();
    }
}
