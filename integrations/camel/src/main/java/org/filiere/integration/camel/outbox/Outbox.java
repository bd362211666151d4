package org.filiere.integration.camel.outbox;

import java.sql.Timestamp;
import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.filiere.persistence.CurrentTransaction;

/**
 * Writes messages to the outbox in the caller's transaction: the message is kept if and only if the change it
 * tells commits. Call it from an application service's transaction, or from a CDI observer of a domain event
 * (observers run inside the service's transaction).
 */
@ApplicationScoped
public class Outbox {

    private final CurrentTransaction transaction;
    private final Clock clock;

    @Inject
    public Outbox(CurrentTransaction transaction, Clock clock) {
        this.transaction = transaction;
        this.clock = clock;
    }

    /** For the CDI container's proxies. */
    protected Outbox() {
        this(null, null);
    }

    /** Adds a message, in the current transaction (or in one of its own when there is none). */
    @Transactional
    public void add(NewOutboxMessage message) {
        Timestamp now = Timestamp.from(clock.instant());
        Query insert = transaction.entityManager().createNativeQuery(OutboxStore.numberedInsertStatement());
        insert.setParameter(1, message.id().toString());
        insert.setParameter(2, message.channel());
        insert.setParameter(3, message.aggregateId());
        insert.setParameter(4, message.type());
        insert.setParameter(5, message.payload());
        insert.setParameter(6, OutboxStore.headersText(message.headers()));
        insert.setParameter(7, now);
        insert.setParameter(8, OutboxStore.PENDING);
        insert.setParameter(9, now);
        insert.executeUpdate();
    }
}
