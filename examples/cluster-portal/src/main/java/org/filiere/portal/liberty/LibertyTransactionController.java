package org.filiere.portal.liberty;

import javax.naming.InitialContext;
import javax.naming.NamingException;

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

    private final UserTransaction userTransaction;

    /**
     * A controller reading the server's registry and user transaction, looked up here on a thread of the server:
     * {@code java:comp} names are not promised on the threads Camel starts, which use the objects all the same.
     */
    public LibertyTransactionController() {
        super();
        try {
            userTransaction = (UserTransaction) new InitialContext().lookup(USER_TRANSACTION);
        } catch (NamingException e) {
            throw new IllegalStateException("The server offers no " + USER_TRANSACTION, e);
        }
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

    private UserTransaction userTransaction() {
        return userTransaction;
    }
}
