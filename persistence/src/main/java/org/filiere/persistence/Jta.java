package org.filiere.persistence;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;

import javax.naming.InitialContext;
import javax.naming.NamingException;

import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.UserTransaction;

/**
 * The container's JTA objects, looked up by their standard JNDI names. A found object is kept: {@code java:comp} names
 * belong to the application's component threads, with no promise on threads the application starts itself (Camel's),
 * while the objects serve every thread.
 */
final class Jta {

    private static final Map<String, Object> FOUND = new ConcurrentHashMap<>();

    private static final String REGISTRY = "java:comp/TransactionSynchronizationRegistry";
    private static final String USER_TRANSACTION = "java:comp/UserTransaction";

    private Jta() {
    }

    /** The container's registry; refuses when JTA was configured but the container offers none. */
    static TransactionSynchronizationRegistry registry() {
        return find(REGISTRY, TransactionSynchronizationRegistry.class).orElseThrow(() -> missing(REGISTRY));
    }

    /** The container's registry, if the code runs in a container that has one. */
    static Optional<TransactionSynchronizationRegistry> registryIfAny() {
        return find(REGISTRY, TransactionSynchronizationRegistry.class);
    }

    /** The container's user transaction; refuses when JTA was configured but the container offers none. */
    static UserTransaction userTransaction() {
        return find(USER_TRANSACTION, UserTransaction.class).orElseThrow(() -> missing(USER_TRANSACTION));
    }

    /** The container's user transaction, if any. */
    static Optional<UserTransaction> userTransactionIfAny() {
        return find(USER_TRANSACTION, UserTransaction.class);
    }

    /** Looks the container's registry and user transaction up now, on a thread of the container. */
    static void resolve() {
        registry();
        userTransaction();
    }

    /** A synchronization that only cares how the transaction ended. */
    static Synchronization afterCompletion(IntConsumer onStatus) {
        return new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                onStatus.accept(status);
            }
        };
    }

    private static <T> Optional<T> find(String name, Class<T> type) {
        Object known = FOUND.get(name);
        if (known != null) {
            return Optional.of(type.cast(known));
        }
        try {
            T found = type.cast(new InitialContext().lookup(name));
            if (found != null) {
                FOUND.put(name, found);
            }
            return Optional.ofNullable(found);
        } catch (NamingException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static NoTransactionException missing(String name) {
        return new NoTransactionException("filiere.db.jta-data-source is set, but the container offers no " + name);
    }
}
