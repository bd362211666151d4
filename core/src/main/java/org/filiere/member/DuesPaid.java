package org.filiere.member;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.filiere.kernel.DomainEvent;

/**
 * Event: a member's dues for a year were paid.
 *
 * @param eventId    this occurrence
 * @param occurredAt when it happened
 * @param memberId   the member
 * @param year       the membership year concerned
 * @param dues       the amount paid
 * @param paidOn     the day they were paid
 */
public record DuesPaid(UUID eventId, Instant occurredAt, MemberId memberId, int year, Dues dues, LocalDate paidOn) implements DomainEvent {

    @Override
    public String aggregateId() {
        return memberId.value();
    }
}
