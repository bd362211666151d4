package org.filiere.charter;

import java.time.Instant;
import java.util.UUID;

import org.filiere.kernel.DomainEvent;
import org.filiere.member.MemberId;

/**
 * Event: a member signed a charter version.
 *
 * @param eventId        this occurrence
 * @param occurredAt     when it happened
 * @param memberId       the member
 * @param charterVersion the version signed
 * @param signatory      who signed for the member
 * @param signatureId    the signature
 */
public record CharterSigned(UUID eventId, Instant occurredAt, MemberId memberId, int charterVersion, String signatory,
        SignatureId signatureId) implements DomainEvent {

    @Override
    public String aggregateId() {
        return signatureId.toString();
    }
}
