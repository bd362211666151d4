package org.filiere.persistence;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional.TxType;
import jakarta.transaction.UserTransaction;

import org.filiere.access.CommandActor;
import org.filiere.kernel.StaleDataException;

/**
 * The library's transactions. In Java SE they are resource-local: one entity manager and one database transaction
 * per unit of work, bound to the thread, nested calls joining the outer one (or suspending it for
 * {@link TxType#REQUIRES_NEW}). When the container provides JTA ({@code filiere.db.jta-data-source} is set), they
 * are the container's: the library begins one only if none is active, and binds its entity manager to the JTA
 * transaction.
 *
 * <p>Application services use {@link jakarta.transaction.Transactional}; code that is not a CDI bean method (a
 * benchmark, a test) calls {@link #required(Callable)}. Integrations never call it: their beans are
 * {@code @Transactional} and reach the running transaction through {@link CurrentTransaction}.
 */
@ApplicationScoped
public class Transactions {

    private static final Logger LOG = Logger.getLogger(Transactions.class.getName());
    private static final String UNNAMED = "A record";
    private static final String JTA_KEY = Transactions.class.getName() + ".entityManager";

    private final Storage storage;
    private static final ThreadLocal<Deque<UnitOfWork>> UNITS = ThreadLocal.withInitial(ArrayDeque::new);

    @Inject
    public Transactions(Storage storage) {
        this.storage = storage;
    }

    /** For the CDI container's proxies. */
    protected Transactions() {
        this.storage = null;
    }

    /** Runs work in the current transaction, or in a new one if there is none. */
    public <T> T required(Callable<T> work) {
        return run(TxType.REQUIRED, work, TransactionRules.DEFAULT);
    }

    /** Runs work in a new transaction of its own, whatever the caller's. */
    public <T> T requiresNew(Callable<T> work) {
        return run(TxType.REQUIRES_NEW, work, TransactionRules.DEFAULT);
    }

    /** Runs work in the current transaction, or in a new one if there is none. */
    public void required(Runnable work) {
        required(() -> {
            work.run();
            return null;
        });
    }

    /** The entity manager of the current transaction. */
    public EntityManager entityManager() {
        if (jta()) {
            return jtaEntityManager();
        }
        UnitOfWork unit = UNITS.get().peek();
        if (unit == null) {
            throw new NoTransactionException("Stored data is reached outside a transaction: call it through an "
                    + "application service, or within Transactions.required(...)");
        }
        return unit.entityManager();
    }

    /** Runs an action once the current transaction has committed (and never if it rolls back). */
    public void afterCommit(Runnable action) {
        Synchronization synchronization = Jta.afterCompletion(status -> {
            if (status == Status.STATUS_COMMITTED) {
                action.run();
            }
        });
        if (jta()) {
            Jta.registry().registerInterposedSynchronization(synchronization);
            return;
        }
        UnitOfWork unit = UNITS.get().peek();
        if (unit == null) {
            action.run();
        } else {
            unit.register(synchronization);
        }
    }

    /**
     * Registers a synchronization of the current resource-local transaction: it is told just before the transaction
     * commits, inside it (so that what it writes commits with the rest, and a failure of it rolls everything back),
     * and then how the transaction ended. Under JTA nothing is registered.
     *
     * @return whether it was registered; false under JTA, where the caller writes at once
     * @throws NoTransactionException when no transaction runs
     */
    public boolean beforeCommit(Synchronization synchronization) {
        if (jta()) {
            return false;
        }
        UnitOfWork unit = UNITS.get().peek();
        if (unit == null) {
            throw new NoTransactionException("Work to do before a commit is registered outside a transaction");
        }
        unit.register(synchronization);
        return true;
    }

    /** The resource-local unit of work running on this thread, if any. */
    static UnitOfWork currentUnit() {
        return UNITS.get().peek();
    }

    /**
     * Notes that the current transaction changes a record, so that a lost optimistic lock found only at commit
     * (when rows are written in batches) can still say which record it was.
     */
    public void changing(StoredRecord record) {
        UnitOfWork unit = UNITS.get().peek();
        if (unit != null) {
            unit.changed(record.recordName());
        }
    }

    <T> T run(TxType type, Callable<T> work, TransactionRules rules) {
        if (jta()) {
            return runJta(type, work, rules);
        }
        Deque<UnitOfWork> stack = UNITS.get();
        boolean active = !stack.isEmpty();
        return switch (type) {
            case REQUIRED -> active ? call(work) : runInNewUnit(stack, work, rules);
            case REQUIRES_NEW -> runInNewUnit(stack, work, rules);
            case MANDATORY -> {
                if (!active) {
                    throw new NoTransactionException("This call must run inside a transaction (MANDATORY)");
                }
                yield call(work);
            }
            case NEVER -> {
                if (active) {
                    throw new NoTransactionException("This call must not run inside a transaction (NEVER)");
                }
                yield call(work);
            }
            case SUPPORTS, NOT_SUPPORTED -> call(work);
        };
    }

    private <T> T runInNewUnit(Deque<UnitOfWork> stack, Callable<T> work, TransactionRules rules) {
        EntityManager em = storage.entityManagerFactory().createEntityManager();
        UnitOfWork unit = new UnitOfWork(em);
        EntityTransaction tx = em.getTransaction();
        boolean outermost = stack.isEmpty();
        if (outermost) {
            CommandActor.clear();
        }
        stack.push(unit);
        boolean committed = false;
        try {
            tx.begin();
            T result;
            try {
                result = work.call();
            } catch (Throwable failure) {
                if (rules.rollsBackOn(failure)) {
                    rollback(tx);
                } else {
                    committed = complete(unit, tx);
                }
                throw translate(failure);
            }
            committed = complete(unit, tx);
            return result;
        } catch (StaleDataException stale) {
            throw stale.record().equals(UNNAMED) && unit.changedRecords() != null
                    ? new StaleDataException(unit.changedRecords(), stale.getCause()) : stale;
        } finally {
            stack.pop();
            if (stack.isEmpty()) {
                UNITS.remove();
            }
            if (outermost) {
                CommandActor.clear();
            }
            if (tx.isActive()) {
                rollback(tx);
            }
            em.close();
            unit.afterCompletion(committed);
        }
    }

    /** Commits the unit unless it is marked for rollback; returns whether it committed. */
    private static boolean complete(UnitOfWork unit, EntityTransaction tx) {
        if (tx.getRollbackOnly()) {
            rollback(tx);
            return false;
        }
        unit.beforeCompletion();
        try {
            tx.commit();
            return true;
        } catch (RollbackException e) {
            throw translate(e);
        }
    }

    private static void rollback(EntityTransaction tx) {
        try {
            if (tx.isActive()) {
                tx.rollback();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Rollback failed", e);
        }
    }

    private static <T> T call(Callable<T> work) {
        try {
            return work.call();
        } catch (Throwable failure) {
            throw translate(failure);
        }
    }

    /** Turns a lost optimistic lock into the domain's stale-data refusal; passes every other failure on. */
    static RuntimeException translate(Throwable failure) {
        Throwable lock = null;
        String record = null;
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof StaleDataException stale) {
                return stale;
            }
            Object entity = null;
            if (t instanceof OptimisticLockException jpa) {
                entity = jpa.getEntity();
            } else if (t instanceof org.eclipse.persistence.exceptions.OptimisticLockException eclipseLink) {
                entity = eclipseLink.getQuery() == null ? null : eclipseLink.getObject();
            } else {
                continue;
            }
            lock = lock == null ? t : lock;
            if (record == null && entity instanceof StoredRecord r) {
                record = r.recordName();
            }
        }
        if (lock != null) {
            return new StaleDataException(record == null ? UNNAMED : record, lock);
        }
        if (failure instanceof RuntimeException runtime) {
            return runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        return new CheckedFailure(failure);
    }

    private <T> T runJta(TxType type, Callable<T> work, TransactionRules rules) {
        boolean active = Jta.registry().getTransactionStatus() == Status.STATUS_ACTIVE;
        boolean begin = !active && (type == TxType.REQUIRED || type == TxType.REQUIRES_NEW);
        if (type == TxType.MANDATORY && !active) {
            throw new NoTransactionException("This call must run inside a transaction (MANDATORY)");
        }
        if (type == TxType.REQUIRES_NEW && active) {
            throw new NoTransactionException("REQUIRES_NEW under JTA is left to the container's own interceptor");
        }
        if (!begin) {
            return call(work);
        }
        UserTransaction ut = Jta.userTransaction();
        CommandActor.clear();
        try {
            ut.begin();
        } catch (Exception e) {
            throw new NoTransactionException("Cannot begin a JTA transaction: " + e.getMessage());
        }
        try {
            T result;
            try {
                result = work.call();
            } catch (Throwable failure) {
                try {
                    if (rules.rollsBackOn(failure)) {
                        ut.rollback();
                    } else {
                        ut.commit();
                    }
                } catch (Exception e) {
                    failure.addSuppressed(e);
                }
                throw translate(failure);
            }
            try {
                ut.commit();
            } catch (Exception e) {
                throw translate(e);
            }
            return result;
        } finally {
            CommandActor.clear();
        }
    }

    private EntityManager jtaEntityManager() {
        TransactionSynchronizationRegistry registry = Jta.registry();
        if (registry.getTransactionStatus() != Status.STATUS_ACTIVE) {
            throw new NoTransactionException("Stored data is reached outside a JTA transaction");
        }
        EntityManager em = (EntityManager) registry.getResource(JTA_KEY);
        if (em == null) {
            EntityManager created = storage.entityManagerFactory().createEntityManager();
            created.joinTransaction();
            registry.putResource(JTA_KEY, created);
            registry.registerInterposedSynchronization(Jta.afterCompletion(status -> created.close()));
            em = created;
        }
        return em;
    }

    private boolean jta() {
        return storage.settings().jtaDataSource().isPresent();
    }

    /** A checked exception thrown by transactional work, carried unchanged as the cause. */
    public static final class CheckedFailure extends RuntimeException {

        private static final long serialVersionUID = 1L;

        CheckedFailure(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }
}
