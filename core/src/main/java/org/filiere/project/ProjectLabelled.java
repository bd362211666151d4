package org.filiere.project;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.filiere.kernel.DomainEvent;
import org.filiere.member.MemberId;

/**
 * Event: the committee labelled a project.
 *
 * @param eventId         this occurrence
 * @param occurredAt      when it happened
 * @param projectId       the project
 * @param holder          the holder member
 * @param labelNumber     the label number it received
 * @param labelledOn      the day of the decision
 * @param weightedAverage the committee's weighted average, out of 5
 */
public record ProjectLabelled(UUID eventId, Instant occurredAt, ProjectId projectId, MemberId holder,
        LabelNumber labelNumber, LocalDate labelledOn, BigDecimal weightedAverage) implements DomainEvent {

    @Override
    public String aggregateId() {
        return projectId.toString();
    }
}
