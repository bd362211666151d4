package org.filiere.persistence;

/** Stored data was reached outside a transaction, or a transaction rule of the call was broken. */
public class NoTransactionException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public NoTransactionException(String message) {
        super(message);
    }
}
