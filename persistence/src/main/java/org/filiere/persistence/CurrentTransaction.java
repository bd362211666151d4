package org.filiere.persistence;

import java.sql.Connection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * What a {@link jakarta.transaction.Transactional} method outside persistence may reach of the transaction it runs
 * in: its entity manager and its JDBC connection, so that its own SQL (an outbox row, an idempotency claim) commits
 * or rolls back with the rest. It begins and ends no transaction: that is the caller's annotation's job.
 */
@ApplicationScoped
public class CurrentTransaction {

    private final Transactions transactions;

    @Inject
    public CurrentTransaction(Transactions transactions) {
        this.transactions = transactions;
    }

    /** For the CDI container's proxies. */
    protected CurrentTransaction() {
        this(null);
    }

    /**
     * The entity manager of the running transaction.
     *
     * @throws NoTransactionException when no transaction runs
     */
    public EntityManager entityManager() {
        return transactions.entityManager();
    }

    /**
     * The JDBC connection of the running transaction; the caller neither commits nor closes it.
     *
     * @throws NoTransactionException when no transaction runs
     */
    public Connection connection() {
        return transactions.entityManager().unwrap(Connection.class);
    }
}
