package org.filiere.training;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.filiere.kernel.DomainEvent;

/**
 * Event: a course new to a training organisation's catalogue was imported with all its sessions, in one act. The
 * sessions that had not started are open, the others closed. One event tells the course and its sessions, so that a
 * national catalogue leaves one audit entry per course rather than two per session; a session added later to a course
 * imported before is told by {@link SessionScheduled} and {@link SessionOpened} (or {@link SessionClosed}), as any
 * other.
 *
 * @param eventId        this occurrence
 * @param occurredAt     when it happened
 * @param courseId       the course
 * @param sessionsOpened how many of its sessions opened
 * @param sessionsClosed how many were closed at once, as they had already started
 * @param sessionIds     its sessions, in the catalogue's order
 */
public record CourseImported(UUID eventId, Instant occurredAt, CourseId courseId, int sessionsOpened,
        int sessionsClosed, List<SessionId> sessionIds) implements DomainEvent {

    public CourseImported {
        sessionIds = List.copyOf(sessionIds);
    }

    @Override
    public String aggregateId() {
        return courseId.toString();
    }
}
