package org.filiere.portal.liberty;

import java.util.Objects;

import javax.transaction.xa.XAResource;

import jakarta.transaction.Synchronization;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.UserTransaction;

/**
 * The server's current transaction as EclipseLink handles it, on the registry and the user transaction: its
 * synchronizations are the registry's interposed ones. Two of them are equal when they stand for the same
 * transaction of the server.
 */
final class ServerTransaction implements Transaction {

    private final TransactionSynchronizationRegistry registry;
    private final UserTransaction userTransaction;
    private final Object key;

    ServerTransaction(TransactionSynchronizationRegistry registry, UserTransaction userTransaction) {
        this.registry = registry;
        this.userTransaction = userTransaction;
        this.key = registry.getTransactionKey();
    }

    @Override
    public void commit() throws jakarta.transaction.RollbackException, jakarta.transaction.HeuristicMixedException,
            jakarta.transaction.HeuristicRollbackException, jakarta.transaction.SystemException {
        userTransaction.commit();
    }

    @Override
    public void rollback() throws jakarta.transaction.SystemException {
        userTransaction.rollback();
    }

    @Override
    public void setRollbackOnly() {
        registry.setRollbackOnly();
    }

    @Override
    public int getStatus() {
        return registry.getTransactionStatus();
    }

    @Override
    public void registerSynchronization(Synchronization synchronization) {
        registry.registerInterposedSynchronization(synchronization);
    }

    @Override
    public boolean enlistResource(XAResource resource) {
        throw new UnsupportedOperationException("The server enlists its data source's connections itself");
    }

    @Override
    public boolean delistResource(XAResource resource, int flag) {
        throw new UnsupportedOperationException("The server delists its data source's connections itself");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ServerTransaction t && Objects.equals(key, t.key);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(key);
    }
}
