package org.filiere.charter;

import java.time.Instant;
import java.util.UUID;

import org.filiere.kernel.DomainEvent;
import org.filiere.member.MemberId;

/**
 * Event: a member's charter signature was revoked.
 *
 * @param eventId        this occurrence
 * @param occurredAt     when it happened
 * @param memberId       the member
 * @param charterVersion the version that had been signed
 * @param signatureId    the signature
 * @param reason         why
 */
public record CharterSignatureRevoked(UUID eventId, Instant occurredAt, MemberId memberId, int charterVersion,
        SignatureId signatureId, String reason) implements DomainEvent {

    @Override
    public String aggregateId() {
        return signatureId.toString();
    }
}
