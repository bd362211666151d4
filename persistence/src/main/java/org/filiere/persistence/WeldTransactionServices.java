package org.filiere.persistence;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.UserTransaction;

import org.jboss.weld.transaction.spi.TransactionServices;

/**
 * Lets Weld deliver transactional observers ({@code @Observes(during = AFTER_SUCCESS)}) in Java SE: Weld asks it
 * whether a transaction is active and registers its synchronizations with the library's unit of work. When the
 * thread runs in a container's JTA transaction instead, it hands Weld the container's registry. Weld SE finds it
 * through {@code META-INF/services/org.jboss.weld.bootstrap.api.Service}.
 */
public class WeldTransactionServices implements TransactionServices {

    @Override
    public void registerSynchronization(Synchronization synchronization) {
        UnitOfWork unit = Transactions.currentUnit();
        if (unit != null) {
            unit.register(synchronization);
            return;
        }
        TransactionSynchronizationRegistry registry = Jta.registryIfAny()
                .filter(r -> r.getTransactionStatus() == Status.STATUS_ACTIVE)
                .orElseThrow(() -> new NoTransactionException("No transaction is active to register with"));
        registry.registerInterposedSynchronization(synchronization);
    }

    @Override
    public boolean isTransactionActive() {
        return Transactions.currentUnit() != null || Jta.registryIfAny()
                .filter(r -> r.getTransactionStatus() == Status.STATUS_ACTIVE).isPresent();
    }

    @Override
    public UserTransaction getUserTransaction() {
        return Jta.userTransactionIfAny().orElse(null);
    }

    @Override
    public void cleanup() {
    }
}
