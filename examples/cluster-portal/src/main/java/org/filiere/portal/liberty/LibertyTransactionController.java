package org.filiere.portal.liberty;

import javax.naming.InitialContext;

import jakarta.transaction.Status;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.UserTransaction;

import org.eclipse.persistence.transaction.JTA11TransactionController;

/**
 * EclipseLink's JTA controller on the two objects every Jakarta EE server publishes, the
 * {@code TransactionSynchronizationRegistry} and the {@code UserTransaction}: Open Liberty does not show its
 * transaction manager to applications, and EclipseLink needs no more than these to join the server's transactions.
 */
public class LibertyTransactionController extends JTA11TransactionController {

    private static final String USER_TRANSACTION = "java:comp/UserTransaction";

    /** A controller reading the server's registry. */
    public LibertyTransactionController() {
        super();
    }

    @Override
    protected TransactionManager acquireTransactionManager() {
        return null;
    }

    @Override
    protected Object getTransaction_impl() throws Exception {
        int status = tsr.getTransactionStatus();
        return status == Status.STATUS_NO_TRANSACTION ? null : new ServerTransaction(tsr, userTransaction());
    }

    @Override
    protected Object getTransactionKey_impl(Object transaction) {
        return transaction == null ? null : tsr.getTransactionKey();
    }

    @Override
    protected void beginTransaction_impl() throws Exception {
        userTransaction().begin();
    }

    @Override
    protected void commitTransaction_impl() throws Exception {
        userTransaction().commit();
    }

    @Override
    protected void rollbackTransaction_impl() throws Exception {
        userTransaction().rollback();
    }

    private static UserTransaction userTransaction() throws Exception {
        return (UserTransaction) new InitialContext().lookup(USER_TRANSACTION);
    }
}
