package org.filiere.persistence;

import javax.naming.InitialContext;
import javax.naming.NamingException;

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
        TransactionSynchronizationRegistry registry = jtaRegistry();
        if (registry == null || registry.getTransactionStatus() != Status.STATUS_ACTIVE) {
            throw new NoTransactionException("No transaction is active to register a synchronization with");
        }
        registry.registerInterposedSynchronization(synchronization);
    }

    @Override
    public boolean isTransactionActive() {
        if (Transactions.currentUnit() != null) {
            return true;
        }
        TransactionSynchronizationRegistry registry = jtaRegistry();
        return registry != null && registry.getTransactionStatus() == Status.STATUS_ACTIVE;
    }

    @Override
    public UserTransaction getUserTransaction() {
        try {
            return (UserTransaction) new InitialContext().lookup("java:comp/UserTransaction");
        } catch (NamingException e) {
            return null;
        }
    }

    @Override
    public void cleanup() {
    }

    private static TransactionSynchronizationRegistry jtaRegistry() {
        try {
            return (TransactionSynchronizationRegistry) new InitialContext()
                    .lookup("java:comp/TransactionSynchronizationRegistry");
        } catch (NamingException | RuntimeException e) {
            return null;
        }
    }
}
