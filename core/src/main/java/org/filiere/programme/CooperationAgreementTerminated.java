package org.filiere.programme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.filiere.kernel.DomainEvent;

/**
 * Event: a cooperation agreement was ended before its term.
 *
 * @param eventId      this occurrence
 * @param occurredAt   when it happened
 * @param agreementId  the agreement
 * @param partnerId    the partner organisation
 * @param terminatedOn the day it ended
 * @param reason       why
 */
public record CooperationAgreementTerminated(UUID eventId, Instant occurredAt, AgreementId agreementId,
        PartnerId partnerId, LocalDate terminatedOn, String reason) implements DomainEvent {

    @Override
    public String aggregateId() {
        return agreementId.toString();
    }
}
