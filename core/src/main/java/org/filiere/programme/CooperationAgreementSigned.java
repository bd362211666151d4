package org.filiere.programme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.filiere.kernel.DomainEvent;

/**
 * Event: a cooperation agreement was signed.
 *
 * @param eventId     this occurrence
 * @param occurredAt  when it happened
 * @param agreementId the agreement
 * @param partnerId   the partner organisation
 * @param subject     its subject
 * @param signedOn    the day of signature
 */
public record CooperationAgreementSigned(UUID eventId, Instant occurredAt, AgreementId agreementId, PartnerId partnerId,
        String subject, LocalDate signedOn) implements DomainEvent {

    @Override
    public String aggregateId() {
        return agreementId.toString();
    }
}
